package se.samspar.session;

import static se.samspar.base.TextInput.optional;
import static se.samspar.base.TextInput.required;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.CurrentUser;
import se.samspar.base.InputProblems;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.PersonService;
import se.samspar.security.UserService;

/**
 * Groups, their series of sessions and members. Coordinators schedule; staff of the programme
 * see the groups and manage members. A leader, room or interpreter booked twice at overlapping
 * times is refused, naming the other session, unless the coordinator gives a reason.
 */
@Service
@Transactional(readOnly = true)
public class GroupService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final GroupRepository groups;
    private final GroupMemberRepository members;
    private final GroupSessionRepository sessions;
    private final RoomRepository rooms;
    private final InterpreterRepository interpreters;
    private final UserService users;
    private final PersonService persons;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditService audit;

    GroupService(GroupRepository groups, GroupMemberRepository members, GroupSessionRepository sessions,
                 RoomRepository rooms, InterpreterRepository interpreters, UserService users, PersonService persons,
                 CurrentUser currentUser, Clock clock, AuditService audit) {
        this.groups = groups;
        this.members = members;
        this.sessions = sessions;
        this.rooms = rooms;
        this.interpreters = interpreters;
        this.users = users;
        this.persons = persons;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    // ---- registers -------------------------------------------------------------------------

    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL, Role.ROLE_ADMIN})
    public List<Room> rooms() {
        return rooms.findAllByOrderByName();
    }

    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public Room addRoom(String name) {
        String n = required("name", name, Room.NAME_MAX);
        if (rooms.existsByNameIgnoreCase(n)) {
            throw new InvalidInputException("name", "session.error.room-exists");
        }
        return rooms.saveAndFlush(new Room(n));
    }

    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL, Role.ROLE_ADMIN})
    public List<Interpreter> interpreters() {
        return interpreters.findAllByOrderByName();
    }

    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_ADMIN})
    public Interpreter addInterpreter(String name, @Nullable String agency, @Nullable String language) {
        InputProblems problems = new InputProblems();
        String n = problems.attempt(() -> required("name", name, Interpreter.TEXT_MAX));
        String a = problems.attempt(() -> optional("agency", agency, Interpreter.TEXT_MAX));
        String l = problems.attempt(() -> optional("language", language, 60));
        problems.throwIfAny();
        return interpreters.saveAndFlush(new Interpreter(n, a, l));
    }

    // ---- groups ----------------------------------------------------------------------------

    /** The groups of the user's programmes, newest first. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<Group> groups() {
        Set<Long> own = currentUser.programmeIds();
        return own.isEmpty() ? List.of() : groups.findByProgrammeIdInOrderByStartDateDesc(own);
    }

    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Group group(long groupId) {
        return load(groupId);
    }

    @Transactional
    @Secured(Role.ROLE_SAMORDNARE)
    public Group createGroup(GroupDraft draft) {
        requireOwn(draft.programmeId());
        validate(draft);
        Group g = new Group(draft.programmeId(), draft.name(), draft.startDate());
        g.apply(draft);
        return groups.saveAndFlush(g);
    }

    @Transactional
    @Secured(Role.ROLE_SAMORDNARE)
    public Group updateGroup(long groupId, long version, GroupDraft draft) {
        Group g = load(groupId);
        if (g.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Group.class, groupId);
        }
        validate(new GroupDraft(g.getProgrammeId(), draft.name(), draft.startDate(), draft.endDate(), draft.leaderIds(),
                draft.roomId(), draft.language(), draft.interpreterId(), draft.capacity(), draft.headcountOnly(),
                draft.notes()));
        g.apply(draft);
        return groups.saveAndFlush(g);
    }

    /** Refuses the draft with every broken rule at once. */
    private void validate(GroupDraft d) {
        InputProblems problems = new InputProblems();
        problems.run(() -> required("name", d.name(), Group.NAME_MAX));
        if (d.startDate() == null) {
            problems.add("startDate", "error.required");
        }
        if (d.endDate() != null && d.startDate() != null && d.endDate().isBefore(d.startDate())) {
            problems.add("endDate", "session.error.group-end-before-start");
        }
        if (d.capacity() != null && d.capacity() < 1) {
            problems.add("capacity", "session.error.capacity-positive");
        }
        if (d.leaderIds().isEmpty()) {
            problems.add("leaderIds", "session.error.no-leader");
        }
        if (!users.staffIdsOf(d.programmeId()).containsAll(d.leaderIds())) {
            problems.add("leaderIds", "session.error.leader-not-staff");
        }
        problems.run(() -> optional("language", d.language(), 60));
        problems.run(() -> optional("notes", d.notes(), Group.NOTES_MAX));
        problems.throwIfAny();
    }

    // ---- sessions --------------------------------------------------------------------------

    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<GroupSession> sessionsOf(long groupId) {
        load(groupId);
        return sessions.findByGroupIdOrderByDateAscStartAsc(groupId);
    }

    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public GroupSession session(long sessionId) {
        GroupSession s = sessions.findById(sessionId)
                .orElseThrow(() -> new InvalidInputException("id", "session.error.not-found"));
        load(s.getGroupId());
        return s;
    }

    /**
     * Creates the whole series for the group, with the group's leaders and room, or nothing: a
     * broken rule or a double booking (without a reason to override it) creates no session.
     */
    @Transactional
    @Secured(Role.ROLE_SAMORDNARE)
    public List<GroupSession> generateSeries(long groupId, SeriesPlan plan, @Nullable String overrideReason) {
        Group g = load(groupId);
        List<String[]> broken = plan.problems();
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken.stream()
                    .map(p -> new InvalidInputException.Problem(p[0], p[1])).toList());
        }
        List<SeriesPlan.Planned> planned = plan.sessions();
        if (planned.isEmpty()) {
            throw new InvalidInputException("weeks", "session.error.no-sessions");
        }
        // On the field that puts the series outside: the first day, or the weeks or passes that run past the end.
        plan.outsideGroup(g.getStartDate(), g.getEndDate()).ifPresent(field -> checkWithinGroup(g,
                field.equals("firstDay") ? planned.getFirst().date() : planned.getLast().date(), field));
        String reason = optional("overrideReason", overrideReason, GroupSession.REASON_MAX);
        List<Conflicts.Booking> existing = bookings(planned.getFirst().date(), planned.getLast().date(), null);
        int number = sessions.findLastNumber(groupId).orElse(0);
        List<GroupSession> created = new ArrayList<>();
        for (SeriesPlan.Planned p : planned) {
            Conflicts.Booking candidate = new Conflicts.Booking(0, g.getName(), p.date(), p.start(), p.end(),
                    g.getLeaderIds(), g.getRoomId(), g.getInterpreterId());
            refuseConflicts(candidate, existing, reason, "firstDay");
            GroupSession s = new GroupSession(groupId, ++number, p.date(), p.start(), p.end(), p.intake());
            s.setRoomAndLeaders(g.getRoomId(), g.getLeaderIds());
            s.setOverrideReason(reason);
            created.add(s);
        }
        return sessions.saveAllAndFlush(created);
    }

    /** Edits, moves or cancels one session; the same booking rules apply. */
    @Transactional
    @Secured(Role.ROLE_SAMORDNARE)
    public GroupSession updateSession(long sessionId, long version, SessionDraft draft, @Nullable String overrideReason) {
        GroupSession s = session(sessionId);
        if (s.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(GroupSession.class, sessionId);
        }
        Group g = load(s.getGroupId());
        // Every field is checked before refusing, so that the form marks all that is wrong at once.
        InputProblems problems = new InputProblems();
        if (draft.date() == null) {
            problems.add("date", "error.required");
        }
        if (draft.start() == null) {
            problems.add("start", "error.required");
        }
        if (draft.end() == null) {
            problems.add("end", "error.required");
        } else if (draft.start() != null && !draft.end().isAfter(draft.start())) {
            problems.add("end", "session.error.end-before-start");
        }
        if (draft.date() != null) {
            problems.run(() -> checkWithinGroup(g, draft.date(), "date"));
        }
        problems.run(() -> optional("theme", draft.theme(), GroupSession.THEME_MAX));
        problems.run(() -> optional("guestRole", draft.guestRole(), GroupSession.GUEST_MAX));
        problems.run(() -> optional("guestName", draft.guestName(), GroupSession.GUEST_MAX));
        if (!draft.leaderIds().isEmpty() && !users.staffIdsOf(g.getProgrammeId()).containsAll(draft.leaderIds())) {
            problems.add("leaderIds", "session.error.leader-not-staff");
        }
        String reason = problems.attempt(() -> optional("overrideReason", overrideReason, GroupSession.REASON_MAX));
        problems.throwIfAny();
        if (!draft.cancelled()) {
            refuseConflicts(new Conflicts.Booking(sessionId, g.getName(), draft.date(), draft.start(), draft.end(),
                    draft.leaderIds(), draft.roomId(), g.getInterpreterId()),
                    bookings(draft.date(), draft.date(), sessionId), reason, "date");
        }
        s.apply(draft);
        if (reason != null) {
            s.setOverrideReason(reason);
        }
        return sessions.saveAndFlush(s);
    }

    private void checkWithinGroup(Group g, LocalDate day, String field) {
        if (day.isBefore(g.getStartDate()) || g.getEndDate() != null && day.isAfter(g.getEndDate())) {
            throw new InvalidInputException(field, "session.error.outside-group", g.getStartDate().format(DAY),
                    g.getEndDate() == null ? "–" : g.getEndDate().format(DAY));
        }
    }

    private void refuseConflicts(Conflicts.Booking candidate, List<Conflicts.Booking> existing, @Nullable String reason,
                                 String field) {
        List<Conflicts.Conflict> clashes = Conflicts.of(candidate, existing);
        if (!clashes.isEmpty() && reason == null) {
            Conflicts.Conflict c = clashes.getFirst();
            Conflicts.Booking o = c.other();
            throw new InvalidInputException(field, "session.error.conflict." + c.kind().name(), o.groupName(),
                    o.date().format(DAY), o.start() + "–" + o.end());
        }
    }

    /** Every held session between the days, in every programme: double bookings cross programmes. */
    private List<Conflicts.Booking> bookings(LocalDate from, LocalDate to, @Nullable Long except) {
        List<GroupSession> held = sessions.findHeldBetween(from, to);
        Map<Long, Group> byId = new HashMap<>();
        groups.findAllById(held.stream().map(GroupSession::getGroupId).distinct().toList())
                .forEach(g -> byId.put(g.getId(), g));
        return held.stream().filter(s -> except == null || !except.equals(s.getId()))
                .map(s -> new Conflicts.Booking(s.getId(), byId.get(s.getGroupId()).getName(), s.getDate(), s.getStart(),
                        s.getEnd(), Set.copyOf(s.getLeaderIds()), s.getRoomId(),
                        byId.get(s.getGroupId()).getInterpreterId()))
                .toList();
    }

    /** A session in the calendar: no personal data, only the group, times, room and leaders. */
    public record CalendarEntry(long sessionId, long groupId, String groupName, long programmeId, int number,
                                LocalDate date, java.time.LocalTime start, java.time.LocalTime end,
                                @Nullable String theme, @Nullable Long roomId, Set<Long> leaderIds, boolean cancelled) {
    }

    /** Sessions between the days that the user may see, filtered by programme, room and leader (null: all). */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<CalendarEntry> calendar(LocalDate from, LocalDate to, @Nullable Long programmeId, @Nullable Long roomId,
                                        @Nullable Long leaderId) {
        Set<Long> own = currentUser.programmeIds();
        if (own.isEmpty() || to.isBefore(from) || from.plusDays(62).isBefore(to)) {
            return List.of();
        }
        Map<Long, Group> byId = new HashMap<>();
        groups.findByProgrammeIdInOrderByStartDateDesc(own).forEach(g -> byId.put(g.getId(), g));
        return sessions.findInProgrammes(from, to, own).stream()
                .map(s -> {
                    Group g = byId.get(s.getGroupId());
                    return new CalendarEntry(s.getId(), g.getId(), g.getName(), g.getProgrammeId(), s.getNumber(),
                            s.getDate(), s.getStart(), s.getEnd(), s.getTheme(), s.getRoomId(),
                            Set.copyOf(s.getLeaderIds()), s.isCancelled());
                })
                .filter(e -> programmeId == null || e.programmeId() == programmeId)
                .filter(e -> roomId == null || roomId.equals(e.roomId()))
                .filter(e -> leaderId == null || e.leaderIds().contains(leaderId))
                .sorted(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::start))
                .toList();
    }

    // ---- members ---------------------------------------------------------------------------

    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<GroupMember> membersOf(long groupId) {
        load(groupId);
        return members.findByGroupIdOrderById(groupId);
    }

    /**
     * Who can be added to the group from the day: the programme's accepted participants not ended
     * before it, less those already in the group (also those who left it).
     */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<ParticipantRow> candidates(long groupId, LocalDate from) {
        Group g = load(groupId);
        Set<Long> already = new java.util.HashSet<>(members.findByGroupIdOrderById(groupId).stream()
                .map(GroupMember::getEnrolmentId).toList());
        return persons.acceptedIn(g.getProgrammeId(), from).stream()
                .filter(r -> !already.contains(r.enrolmentId())).toList();
    }

    /** Adds an enrolment of the group's programme from the given day (a late joiner from a later day). */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public GroupMember addMember(long groupId, long enrolmentId, LocalDate joined) {
        return add(groupId, List.of(enrolmentId), joined, "enrolmentId").getFirst();
    }

    /**
     * Adds several enrolments of the group's programme from the same day, all or none: one who
     * cannot join (another programme, already in the group, no place left) adds no one.
     */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public List<GroupMember> addMembers(long groupId, java.util.Collection<Long> enrolmentIds, LocalDate joined) {
        return add(groupId, List.copyOf(new java.util.LinkedHashSet<>(enrolmentIds)), joined, "enrolmentIds");
    }

    private static LocalDate laterOf(LocalDate joined, @org.jspecify.annotations.Nullable LocalDate start) {
        return start != null && start.isAfter(joined) ? start : joined;
    }

    private List<GroupMember> add(long groupId, List<Long> enrolmentIds, LocalDate joined, String field) {
        Group g = load(groupId);
        if (g.isHeadcountOnly()) {
            throw new InvalidInputException(field, "session.error.headcount-group");
        }
        if (enrolmentIds.isEmpty()) {
            throw new InvalidInputException(field, "session.error.no-one-chosen");
        }
        if (joined == null) {
            throw new InvalidInputException("joined", "error.required");
        }
        checkWithinGroup(g, joined, "joined");
        Map<Long, ParticipantRow> rows = new HashMap<>();
        persons.enrolments(enrolmentIds, "gruppdeltagare: " + g.getName()).forEach(r -> rows.put(r.enrolmentId(), r));
        List<GroupMember> current = members.findByGroupIdOrderById(groupId);
        for (long id : enrolmentIds) {
            ParticipantRow row = rows.get(id);
            if (row == null || row.programmeId() != g.getProgrammeId()) {
                throw new InvalidInputException(field, "session.error.not-in-programme");
            }
            if (current.stream().anyMatch(m -> m.getEnrolmentId() == id)) {
                throw new InvalidInputException(field, "session.error.already-member");
            }
        }
        if (g.getCapacity() != null) {
            // Everyone still in the group from that day on, late joiners included.
            long staying = current.stream().filter(m -> m.getLeftOn() == null || !m.getLeftOn().isBefore(joined)).count();
            if (staying + enrolmentIds.size() > g.getCapacity()) {
                throw enrolmentIds.size() == 1 || staying >= g.getCapacity()
                        ? new InvalidInputException(field, "session.error.capacity", g.getCapacity())
                        : new InvalidInputException(field, "session.error.capacity.free", g.getCapacity(),
                                g.getCapacity() - staying);
            }
        }
        // No one is a member before their own start: a later starter joins on their start day, so that the
        // attendance lists before it do not count them absent.
        List<GroupMember> added = members.saveAllAndFlush(enrolmentIds.stream()
                .map(id -> new GroupMember(groupId, id, laterOf(joined, rows.get(id).startDate()))).toList());
        for (long id : enrolmentIds) {
            audit.recordChange(AuditAction.CHANGE, rows.get(id).personId(), id, AuditService.values(
                    Map.of("med i gruppen", g.getName(), "från", joined)));
        }
        return added;
    }

    /** The member leaves the group after the given day. */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public GroupMember memberLeaves(long groupId, long enrolmentId, LocalDate lastDay) {
        Group g = load(groupId);
        GroupMember m = members.findByGroupIdAndEnrolmentId(groupId, enrolmentId)
                .orElseThrow(() -> new InvalidInputException("enrolmentId", "attendance.error.not-member"));
        if (lastDay.isBefore(m.getJoined())) {
            throw new InvalidInputException("leftOn", "session.error.left-before-joined");
        }
        m.setLeftOn(lastDay);
        audit.recordChange(AuditAction.CHANGE, null, enrolmentId, AuditService.values(
                Map.of("slutar i gruppen", g.getName(), "sista dag", lastDay)));
        return members.saveAndFlush(m);
    }

    Group load(long groupId) {
        Group g = groups.findById(groupId).orElseThrow(() -> new InvalidInputException("id", "session.error.not-found"));
        requireOwn(g.getProgrammeId());
        return g;
    }

    void requireOwn(long programmeId) {
        if (!currentUser.programmeIds().contains(programmeId)) {
            throw new AccessDeniedException("Programme " + programmeId + " is not the user's");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
