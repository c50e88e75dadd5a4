package se.samspar.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samspar.audit.AuditAction;
import se.samspar.audit.AuditService;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.participant.AttendanceRates;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.PersonService;

/**
 * Attendance per session: närvarande, frånvarande or avbokat for each member who belonged to the
 * group that day, saved at once; for headcount groups the number of women and men. Staff and
 * coordinators of the programme take it.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService implements AttendanceRates, se.samspar.participant.AttendanceHistory {

    private final GroupService groups;
    private final GroupMemberRepository members;
    private final PersonService persons;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AuditService audit;

    AttendanceService(GroupService groups, GroupMemberRepository members, PersonService persons, JdbcTemplate jdbc,
                      AuditService audit) {
        this.groups = groups;
        this.members = members;
        this.persons = persons;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.audit = audit;
    }

    /** Named persons by last and first name, then the anonymous by birth year. */
    private static final java.util.Comparator<ParticipantRow> BY_NAME = java.util.Comparator
            .comparing(ParticipantRow::anonymous)
            .thenComparing(r -> r.lastName() == null ? "" : r.lastName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.firstName() == null ? "" : r.firstName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparingInt(ParticipantRow::birthYear);

    /** One member on the sheet; the person as the participant list shows them. */
    public record Row(ParticipantRow person, @Nullable Attendance attendance) {
        public long enrolmentId() {
            return person.enrolmentId();
        }
    }

    public record Headcount(int women, int men) {
    }

    /** The attendance screen of one session. */
    public record Sheet(GroupSession session, Group group, List<Row> rows, @Nullable Headcount headcount) {
    }

    /** The members who belonged to the group on the session's day, with their marks so far. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Sheet sheet(long sessionId) {
        GroupSession s = groups.session(sessionId);
        Group g = groups.load(s.getGroupId());
        List<Long> ids = members.findByGroupIdOrderById(g.getId()).stream().filter(m -> m.belongsOn(s.getDate()))
                .map(GroupMember::getEnrolmentId).toList();
        Map<Long, Attendance> marks = new HashMap<>();
        jdbc.query("SELECT enrolment_id, status FROM attendance WHERE session_id = ?",
                rs -> {
                    marks.put(rs.getLong(1), Attendance.valueOf(rs.getString(2)));
                }, sessionId);
        List<Row> rows = new ArrayList<>();
        for (ParticipantRow r : persons.enrolments(ids, "närvarolista: " + g.getName() + " pass " + s.getNumber())
                .stream().sorted(BY_NAME).toList()) {
            rows.add(new Row(r, marks.get(r.enrolmentId())));
        }
        List<Headcount> hc = jdbc.query("SELECT women, men FROM session_headcount WHERE session_id = ?",
                (rs, i) -> new Headcount(rs.getInt(1), rs.getInt(2)), sessionId);
        return new Sheet(s, g, rows, hc.isEmpty() ? null : hc.getFirst());
    }

    /** Marks one member; saved at once, and recorded in the audit log. */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public void mark(long sessionId, long enrolmentId, Attendance attendance) {
        GroupSession s = groups.session(sessionId);
        if (s.isCancelled()) {
            throw new InvalidInputException("attendance", "attendance.error.cancelled");
        }
        if (attendance == null) {
            throw new InvalidInputException("attendance", "error.required");
        }
        // Present or absent is known on the day at the earliest; a cancellation may be noted ahead.
        if (attendance != Attendance.AVBOKAT && s.getDate().isAfter(groups.today())) {
            throw new InvalidInputException("attendance", "attendance.error.not-yet");
        }
        GroupMember m = members.findByGroupIdAndEnrolmentId(s.getGroupId(), enrolmentId)
                .filter(x -> x.belongsOn(s.getDate()))
                .orElseThrow(() -> new InvalidInputException("attendance", "attendance.error.not-member"));
        jdbc.update("INSERT INTO attendance (session_id, enrolment_id, status) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE status = VALUES(status)", sessionId, m.getEnrolmentId(), attendance.name());
        audit.recordChange(AuditAction.CHANGE, null, enrolmentId, AuditService.values(Map.of(
                "närvaro", attendance.name(), "pass", s.getNumber(), "grupp", s.getGroupId())));
    }

    /** The number of women and men who came (headcount groups). */
    @Transactional
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public void headcount(long sessionId, int women, int men) {
        GroupSession s = groups.session(sessionId);
        if (s.isCancelled()) {
            throw new InvalidInputException("women", "attendance.error.cancelled");
        }
        if (women < 0 || men < 0) {
            throw new InvalidInputException(women < 0 ? "women" : "men", "attendance.error.negative");
        }
        jdbc.update("INSERT INTO session_headcount (session_id, women, men) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE women = VALUES(women), men = VALUES(men)", sessionId, women, men);
    }

    /** The group's figures as of today: invited, came, started, last session, kön, rates. */
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public GroupFigures.Figures figures(long groupId) {
        Group g = groups.load(groupId);
        return GroupFacts.of(named, List.of(g.getId())).figures(g.getId(), groups.today());
    }

    /** A group as the periodic report describes it: name, language, first and last session held, figures. */
    public record GroupSummary(String name, @Nullable String language, @Nullable LocalDate firstSession,
                               @Nullable LocalDate lastSession, GroupFigures.Figures figures, List<Theme> themes) {
    }

    /** A held session's theme and guest specialist, as the report lists them ("2. Sjuksköterska – Vårdguiden …"). */
    public record Theme(int number, LocalDate date, @Nullable String theme, @Nullable String guestRole) {
    }

    /**
     * The programme's groups that met during the period, with their figures as of the period's
     * end (or today, if that is earlier), in the order they started.
     */
    @Secured(Role.ROLE_SAMORDNARE)
    public List<GroupSummary> summaries(long programmeId, LocalDate from, LocalDate to) {
        groups.requireOwn(programmeId);
        LocalDate asOf = to.isBefore(groups.today()) ? to : groups.today();
        // Four statements however many groups: the groups, then GroupFacts' three.
        record Row(long id, String name, @Nullable String language) {
        }
        List<Row> met = jdbc.query("""
                SELECT g.id, g.name, g.language FROM group_round g WHERE g.programme_id = ? AND EXISTS (
                  SELECT 1 FROM group_session s
                  WHERE s.group_id = g.id AND s.cancelled = FALSE AND s.session_date BETWEEN ? AND ?)
                ORDER BY g.start_date, g.id""", (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)),
                programmeId, from, to);
        if (met.isEmpty()) {
            return List.of();
        }
        GroupFacts facts = GroupFacts.of(named, met.stream().map(Row::id).toList());
        List<GroupSummary> result = new ArrayList<>();
        for (Row g : met) {
            List<LocalDate> dates = facts.held(g.id()).stream().filter(h -> !h.cancelled() && !h.date().isAfter(asOf))
                    .map(GroupFigures.Held::date).toList();
            List<Theme> themes = facts.themes.getOrDefault(g.id(), List.of()).stream()
                    .filter(t -> !t.date().isAfter(asOf) && (t.theme() != null || t.guestRole() != null)).toList();
            result.add(new GroupSummary(g.name(), g.language(), dates.isEmpty() ? null : dates.getFirst(),
                    dates.isEmpty() ? null : dates.getLast(), facts.figures(g.id(), asOf), themes));
        }
        return result;
    }

    /**
     * What {@link GroupFigures} reads of some groups (sessions, members with their kön, marks), in
     * three statements however many groups: one group's figures and the report's all groups alike.
     */
    private record GroupFacts(Map<Long, List<GroupFigures.Held>> held, Map<Long, List<GroupFigures.Member>> members,
                              Map<Long, List<GroupFigures.Mark>> marks, Map<Long, List<Theme>> themes) {

        static GroupFacts of(NamedParameterJdbcTemplate named, List<Long> groupIds) {
            GroupFacts facts = new GroupFacts(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
            MapSqlParameterSource ids = new MapSqlParameterSource("ids", groupIds);
            named.query("SELECT group_id, id, session_date, cancelled, number, theme, guest_role FROM group_session "
                    + "WHERE group_id IN (:ids) ORDER BY session_date, start_time, id", ids, rs -> {
                        LocalDate date = rs.getObject(3, LocalDate.class);
                        facts.held.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new GroupFigures.Held(
                                rs.getLong(2), date, rs.getBoolean(4)));
                        if (!rs.getBoolean(4)) {
                            facts.themes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Theme(
                                    rs.getInt(5), date, rs.getString(6), rs.getString(7)));
                        }
                    });
            named.query("SELECT m.group_id, m.enrolment_id, p.kon, m.joined, m.left_on FROM group_member m "
                    + "JOIN enrolment e ON e.id = m.enrolment_id JOIN person p ON p.id = e.person_id "
                    + "WHERE m.group_id IN (:ids) ORDER BY m.id", ids, rs -> {
                        facts.members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new GroupFigures.Member(
                                rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                                rs.getObject(5, LocalDate.class)));
                    });
            named.query("SELECT s.group_id, a.session_id, a.enrolment_id, a.status FROM attendance a "
                    + "JOIN group_session s ON s.id = a.session_id WHERE s.group_id IN (:ids)", ids, rs -> {
                        facts.marks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new GroupFigures.Mark(
                                rs.getLong(2), rs.getLong(3), Attendance.valueOf(rs.getString(4))));
                    });
            return facts;
        }

        List<GroupFigures.Held> held(long groupId) {
            return held.getOrDefault(groupId, List.of());
        }

        GroupFigures.Figures figures(long groupId, LocalDate asOf) {
            return GroupFigures.of(members.getOrDefault(groupId, List.of()), held(groupId),
                    marks.getOrDefault(groupId, List.of()), asOf);
        }
    }

    /** Attendance per enrolment over every group it belonged to, for the participant page. */
    @Override
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Map<Long, Rate> ratesOf(Collection<Long> enrolmentIds) {
        // The same held sessions as the early warning reads: present of held.
        Map<Long, Rate> result = new HashMap<>();
        heldSessionsOf(enrolmentIds).forEach((id, sessions) -> result.put(id, new Rate((int) sessions.stream()
                .filter(h -> h.mark() == se.samspar.participant.EarlyWarningRule.Mark.PRESENT).count(),
                sessions.size())));
        return result;
    }

    /**
     * The held sessions of each enrolment's groups while it was a member, with its attendance,
     * in date order: one query for all the enrolments (the early warning of a whole programme).
     */
    @Override
    @Secured({Role.ROLE_SAMORDNARE, Role.ROLE_PERSONAL})
    public Map<Long, java.util.List<se.samspar.participant.EarlyWarningRule.HeldSession>> heldSessionsOf(
            Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, java.util.List<se.samspar.participant.EarlyWarningRule.HeldSession>> result = new HashMap<>();
        named.query("""
                SELECT m.enrolment_id, s.session_date, a.status FROM group_member m
                JOIN group_session s ON s.group_id = m.group_id AND s.cancelled = FALSE
                     AND (s.session_date < :today OR s.session_date = :today
                          AND EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = s.id))
                     AND s.session_date >= m.joined AND (m.left_on IS NULL OR s.session_date <= m.left_on)
                LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = m.enrolment_id
                WHERE m.enrolment_id IN (:ids)
                ORDER BY m.enrolment_id, s.session_date, s.start_time""",
                new MapSqlParameterSource("ids", enrolmentIds).addValue("today", groups.today()), rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(
                            new se.samspar.participant.EarlyWarningRule.HeldSession(
                                    rs.getObject(2, LocalDate.class), mark(rs.getString(3))));
                });
        return result;
    }

    private static se.samspar.participant.EarlyWarningRule.Mark mark(@Nullable String status) {
        if (status == null) {
            return se.samspar.participant.EarlyWarningRule.Mark.NOT_TAKEN;
        }
        return switch (Attendance.valueOf(status)) {
            case NARVARANDE -> se.samspar.participant.EarlyWarningRule.Mark.PRESENT;
            case FRANVARANDE -> se.samspar.participant.EarlyWarningRule.Mark.ABSENT;
            case AVBOKAT -> se.samspar.participant.EarlyWarningRule.Mark.CANCELLED_WITH_NOTICE;
        };
    }
}
