package se.samspar.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.PersonService;
import se.samspar.session.Attendance;
import se.samspar.session.AttendanceService;
import se.samspar.session.Group;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;
import se.samspar.session.SeriesPlan;
import se.samspar.session.SessionDraft;

/**
 * Two groups of the rehabilitation team with rooms, an interpreter, a series each, members and
 * attendance for the sessions already held: förrehabilitering's 24 pass with intake at pass 13,
 * and a weekly theme group. Created by the coordinator through the services and their rules.
 */
final class DemoGroups {

    private static final String[] THEMES = {"Introduktion och mål", "Sömn och återhämtning", "Kost och energi",
        "Rörelse i vardagen", "Stress och gränser", "Mitt nästa steg"};

    private final GroupService groups;
    private final AttendanceService attendance;
    private final PersonService persons;
    private final LocalDate today;

    DemoGroups(GroupService groups, AttendanceService attendance, PersonService persons, LocalDate today) {
        this.groups = groups;
        this.attendance = attendance;
        this.persons = persons;
        this.today = today;
    }

    void createIfEmpty(long rehab, long forrehab, Set<Long> leaders) {
        if (!groups.groups().isEmpty() || leaders.isEmpty()) {
            return;
        }
        long room = groups.addRoom("Träffpunkten, stora salen").getId();
        long smallRoom = groups.addRoom("Storgatan 12, samtalsrummet").getId();
        long interpreter = groups.addInterpreter("Leyla Nouri", "Tolkförmedling Väst", "arabiska").getId();

        LocalDate monday = today.minusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Group pre = groups.createGroup(new GroupDraft(forrehab, "Förrehab grupp 1", monday, monday.plusWeeks(16),
                leaders, room, "svenska och arabiska", interpreter, 10, false, null));
        groups.generateSeries(pre.getId(), SeriesPlan.passes(monday, 24, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                LocalTime.of(9, 0), LocalTime.of(12, 0), 13, true), null);
        populate(pre, forrehab, null);

        LocalDate tuesday = today.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        Group theme = groups.createGroup(new GroupDraft(rehab, "Temagrupp hälsa", tuesday, tuesday.plusWeeks(6),
                leaders, smallRoom, null, null, 8, false, "Sex träffar med gästföreläsare."));
        List<GroupSession> sessions = groups.generateSeries(theme.getId(), SeriesPlan.weekly(tuesday, 6,
                Set.of(DayOfWeek.TUESDAY), LocalTime.of(13, 0), LocalTime.of(15, 30), true), null);
        for (int i = 0; i < sessions.size() && i < THEMES.length; i++) {
            GroupSession s = sessions.get(i);
            groups.updateSession(s.getId(), s.getVersion(), new SessionDraft(s.getDate(), s.getStart(), s.getEnd(),
                    THEMES[i], i == 1 ? "Sjuksköterska" : i == 2 ? "Dietist" : i == 3 ? "Fysioterapeut" : null, null,
                    s.getRoomId(), s.getLeaderIds(), false), null);
        }
        // Johan has missed every theme meeting so far: the early warning of "Mina deltagare" shows him.
        populate(theme, rehab, "Johan");
    }

    /**
     * The programme's accepted participants join; attendance follows a fixed, varied pattern, but
     * the member of the given first name is absent from every session held.
     */
    private void populate(Group group, long programmeId, @org.jspecify.annotations.Nullable String alwaysAbsent) {
        List<ParticipantRow> accepted = persons.acceptedIn(programmeId, group.getStartDate());
        Set<Long> absent = new java.util.HashSet<>();
        accepted.stream().filter(r -> r.firstName() != null && r.firstName().equals(alwaysAbsent))
                .forEach(r -> absent.add(r.enrolmentId()));
        for (ParticipantRow r : accepted) {
            groups.addMember(group.getId(), r.enrolmentId(), group.getStartDate());
            if (r.endDate() != null && !r.endDate().isBefore(group.getStartDate())) {
                groups.memberLeaves(group.getId(), r.enrolmentId(), r.endDate());
            }
        }
        int n = 0;
        for (GroupSession s : groups.sessionsOf(group.getId())) {
            if (s.getDate().isBefore(today)) {
                for (AttendanceService.Row row : attendance.sheet(s.getId()).rows()) {
                    int k = n++;
                    attendance.mark(s.getId(), row.enrolmentId(), absent.contains(row.enrolmentId())
                            || k % 7 == 3 ? Attendance.FRANVARANDE
                            : k % 11 == 5 ? Attendance.AVBOKAT : Attendance.NARVARANDE);
                }
            }
        }
    }
}
