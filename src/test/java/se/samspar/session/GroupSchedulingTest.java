package se.samspar.session;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.samspar.IntegrationTest;
import se.samspar.base.InvalidInputException;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.PersonService;

/** Coordinators schedule groups and series; staff take attendance; the figures follow. */
class GroupSchedulingTest extends IntegrationTest {

    private static final LocalDate MONDAY_7_SEPT = LocalDate.of(2026, 9, 7);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime TWELVE = LocalTime.of(12, 0);

    @Autowired
    GroupService groups;
    @Autowired
    AttendanceService attendance;
    @Autowired
    PersonService persons;
    @Autowired
    JdbcTemplate jdbc;

    private long programmeId;
    private String coordinator;
    private String staff;
    private long coordinatorId;
    private long staffId;

    @BeforeEach
    void programmeWithCoordinatorAndStaff() {
        programmeId = newProgramme("Förrehabilitering grupp", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 20);
        coordinator = newCoordinator("Siv Samordnare", programmeId)[0];
        staff = newStaff("Pelle Personal", programmeId)[0];
        coordinatorId = userId(coordinator);
        staffId = userId(staff);
        loginAs(coordinator, Role.SAMORDNARE);
    }

    private Group group(String name, Set<Long> leaders, Long roomId) {
        return groups.createGroup(new GroupDraft(programmeId, name + " " + Long.toString(System.nanoTime(), 36),
                MONDAY_7_SEPT, LocalDate.of(2026, 12, 18), leaders, roomId, "arabiska", null, 3, false, null));
    }

    private long enrolled(String first, Kon kon, int serial) {
        long enrolmentId = startedParticipant(staff, programmeId, first, "Gruppsson", kon, LocalDate.of(2026, 8, 17));
        loginAs(coordinator, Role.SAMORDNARE);
        return enrolmentId;
    }

    private int sessionCount() {
        return jdbc.queryForObject("SELECT count(*) FROM group_session", Integer.class);
    }

    @Test
    void a_four_week_monday_thursday_series_is_created_whole_and_double_bookings_are_refused() {
        Room room = groups.addRoom("Sal " + Long.toString(System.nanoTime(), 36));
        Group first = group("Förrehab A", Set.of(coordinatorId), room.getId());
        List<GroupSession> created = groups.generateSeries(first.getId(),
                SeriesPlan.weekly(MONDAY_7_SEPT, 4, Set.of(MONDAY, THURSDAY), NINE, TWELVE, false), null);
        assertThat(created).hasSize(8).extracting(GroupSession::getNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(created).allSatisfy(s -> {
            assertThat(s.getLeaderIds()).containsExactly(coordinatorId);
            assertThat(s.getRoomId()).isEqualTo(room.getId());
        });

        // The same leader at 11:00 on the same Mondays: refused, naming the other session, nothing created.
        Group second = group("Förrehab B", Set.of(coordinatorId, staffId), null);
        int before = sessionCount();
        assertThatThrownBy(() -> groups.generateSeries(second.getId(), SeriesPlan.weekly(MONDAY_7_SEPT, 2, Set.of(MONDAY),
                LocalTime.of(11, 0), LocalTime.of(13, 0), false), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("session.error.conflict.LEADER");
                    assertThat(e.arguments()).containsExactly(first.getName(), "2026-09-07", "09:00–12:00");
                });
        assertThat(sessionCount()).isEqualTo(before);
        // With a reason the coordinator may book anyway; the reason stays on the sessions.
        assertThat(groups.generateSeries(second.getId(), SeriesPlan.weekly(MONDAY_7_SEPT, 2, Set.of(MONDAY),
                LocalTime.of(11, 0), LocalTime.of(13, 0), false), "Två ledare, Siv går efter en timme"))
                .hasSize(2).allSatisfy(s -> assertThat(s.getOverrideReason()).startsWith("Två ledare"));
    }

    @Test
    void impossible_series_and_session_edits_are_refused_and_nothing_is_half_created() {
        Group g = group("Förrehab C", Set.of(coordinatorId), null);
        int before = sessionCount();
        assertThatThrownBy(() -> groups.generateSeries(g.getId(), SeriesPlan.passes(MONDAY_7_SEPT, 201, Set.of(MONDAY),
                NINE, TWELVE, null, false), null))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("session.error.too-many"));
        // 24 pass on Mondays run past the group's last day (18 December): refused as a whole.
        assertThatThrownBy(() -> groups.generateSeries(g.getId(), SeriesPlan.passes(MONDAY_7_SEPT, 24, Set.of(MONDAY),
                NINE, TWELVE, 13, false), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("session.error.outside-group");
                    assertThat(e.field()).as("the number of passes runs past the end").isEqualTo("count");
                });
        assertThat(sessionCount()).isEqualTo(before);

        GroupSession s = groups.generateSeries(g.getId(), SeriesPlan.passes(MONDAY_7_SEPT, 12, Set.of(MONDAY, THURSDAY),
                NINE, TWELVE, 7, true), null).getFirst();
        assertThatThrownBy(() -> groups.updateSession(s.getId(), s.getVersion(), new SessionDraft(s.getDate(), TWELVE,
                NINE, null, null, null, null, Set.of(coordinatorId), false), null))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("session.error.end-before-start"));
        GroupSession moved = groups.updateSession(s.getId(), s.getVersion(), new SessionDraft(s.getDate().plusDays(1),
                LocalTime.of(13, 0), LocalTime.of(15, 0), "Motivation", "Arbetsterapeut", "Karin Ek", null,
                Set.of(coordinatorId), false), null);
        assertThat(moved.getDate()).isEqualTo(LocalDate.of(2026, 9, 8));
        assertThat(moved.getGuestName()).isEqualTo("Karin Ek");

        loginAs(staff, Role.PERSONAL);
        assertThatThrownBy(() -> groups.generateSeries(g.getId(), SeriesPlan.weekly(MONDAY_7_SEPT, 1, Set.of(MONDAY),
                NINE, TWELVE, false), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_session_still_to_come_takes_cancellations_but_no_presence_or_absence() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        Group g = groups.createGroup(new GroupDraft(programmeId, "Kommande " + Long.toString(System.nanoTime(), 36),
                today, today.plusWeeks(3), Set.of(coordinatorId), null, null, null, 5, false, null));
        List<GroupSession> series = groups.generateSeries(g.getId(), SeriesPlan.passes(today, 2,
                Set.of(today.getDayOfWeek()), NINE, TWELVE, null, false), null);
        long anna = enrolled("Anna", Kon.KVINNA, 982);
        groups.addMember(g.getId(), anna, today);
        GroupSession nextWeek = series.get(1);
        assertThat(nextWeek.getDate()).isAfter(today);
        for (Attendance early : List.of(Attendance.NARVARANDE, Attendance.FRANVARANDE)) {
            assertThatThrownBy(() -> attendance.mark(nextWeek.getId(), anna, early))
                    .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("attendance.error.not-yet"));
        }
        attendance.mark(nextWeek.getId(), anna, Attendance.AVBOKAT);
        // Today's session takes presence.
        attendance.mark(series.getFirst().getId(), anna, Attendance.NARVARANDE);
        assertThat(attendance.sheet(nextWeek.getId()).rows()).extracting(AttendanceService.Row::attendance)
                .containsExactly(Attendance.AVBOKAT);
    }

    @Test
    void staff_take_attendance_for_members_of_that_day_and_the_figures_and_rates_follow() {
        Group g = group("Hälsoskolan", Set.of(coordinatorId), null);
        List<GroupSession> series = groups.generateSeries(g.getId(), SeriesPlan.weekly(MONDAY_7_SEPT, 2,
                Set.of(MONDAY, THURSDAY), NINE, TWELVE, false), null);
        long anna = enrolled("Anna", Kon.KVINNA, 982);
        long bodil = enrolled("Bodil", Kon.KVINNA, 984);
        long carl = enrolled("Carl", Kon.MAN, 991);
        long dora = enrolled("Dora", Kon.KVINNA, 986);
        groups.addMember(g.getId(), anna, MONDAY_7_SEPT);
        groups.addMember(g.getId(), bodil, MONDAY_7_SEPT);
        // Carl joins at the third session.
        groups.addMember(g.getId(), carl, series.get(2).getDate());
        assertThatThrownBy(() -> groups.addMember(g.getId(), dora, MONDAY_7_SEPT))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("session.error.capacity"));
        assertThatThrownBy(() -> groups.addMember(g.getId(), anna, MONDAY_7_SEPT))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("session.error.already-member"));

        loginAs(staff, Role.PERSONAL);
        AttendanceService.Sheet first = attendance.sheet(series.getFirst().getId());
        assertThat(first.rows()).extracting(r -> r.person().displayName())
                .containsExactly("Anna Gruppsson", "Bodil Gruppsson");
        assertThatThrownBy(() -> attendance.mark(series.getFirst().getId(), carl, Attendance.NARVARANDE))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("attendance.error.not-member"));
        assertThatThrownBy(() -> attendance.headcount(series.getFirst().getId(), -1, 2))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("women"));

        for (GroupSession s : series) {
            attendance.mark(s.getId(), anna, Attendance.NARVARANDE);
            attendance.mark(s.getId(), bodil, s.getNumber() == 2 ? Attendance.AVBOKAT : Attendance.NARVARANDE);
            if (s.getNumber() >= 3) {
                attendance.mark(s.getId(), carl, s.getNumber() == 4 ? Attendance.FRANVARANDE : Attendance.NARVARANDE);
            }
        }
        // Marking again changes the mark, not adds one.
        attendance.mark(series.getFirst().getId(), bodil, Attendance.FRANVARANDE);
        attendance.mark(series.getFirst().getId(), bodil, Attendance.NARVARANDE);
        assertThat(attendance.sheet(series.get(2).getId()).rows()).extracting(AttendanceService.Row::attendance)
                .containsOnly(Attendance.NARVARANDE);

        var rates = attendance.ratesOf(List.of(anna, bodil, carl));
        assertThat(rates.get(anna).percent()).isEqualTo(100);
        assertThat(rates.get(bodil)).isEqualTo(new se.samspar.participant.AttendanceRates.Rate(3, 4));
        assertThat(rates.get(carl)).isEqualTo(new se.samspar.participant.AttendanceRates.Rate(1, 2));

        GroupFigures.Figures f = attendance.figures(g.getId());
        assertThat(f.invited()).isEqualTo(3);
        assertThat(f.started()).isEqualTo(3);
        assertThat(f.cameToFirst()).isEqualTo(2);
        assertThat(f.presentAtLast()).isEqualTo(2);
        assertThat(f.startedByKon()).containsEntry("KVINNA", 2).containsEntry("MAN", 1);
        assertThat(f.withoutAbsence()).as("1 av 3 deltagare har ingen frånvaro").isEqualTo(1);
    }

    @Test
    void many_members_are_added_at_once_all_or_none_and_those_in_the_group_are_not_offered_again() {
        Group g = group("Förrehab många", Set.of(coordinatorId), null); // 3 places
        long anna = enrolled("Anna", Kon.KVINNA, 982);
        long bodil = enrolled("Bodil", Kon.KVINNA, 984);
        long carl = enrolled("Carl", Kon.MAN, 991);
        long dora = enrolled("Dora", Kon.KVINNA, 986);
        loginAs(staff, Role.PERSONAL);
        assertThat(groups.candidates(g.getId(), MONDAY_7_SEPT)).extracting(ParticipantRow::enrolmentId)
                .contains(anna, bodil, carl, dora);

        // Four for three places: no one is added.
        assertThatThrownBy(() -> groups.addMembers(g.getId(), List.of(anna, bodil, carl, dora), MONDAY_7_SEPT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("session.error.capacity.free");
                    assertThat(e.arguments()).containsExactly(3, 3L);
                });
        assertThat(groups.membersOf(g.getId())).isEmpty();
        assertThatThrownBy(() -> groups.addMembers(g.getId(), List.of(), MONDAY_7_SEPT))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("session.error.no-one-chosen"));

        assertThat(groups.addMembers(g.getId(), List.of(anna, bodil), MONDAY_7_SEPT)).hasSize(2);
        assertThat(groups.membersOf(g.getId())).extracting(GroupMember::getEnrolmentId).containsExactly(anna, bodil);
        assertThat(groups.candidates(g.getId(), MONDAY_7_SEPT)).extracting(ParticipantRow::enrolmentId)
                .doesNotContain(anna, bodil).contains(carl, dora);
        // One already in the group among the chosen: refused, the other is not added either.
        assertThatThrownBy(() -> groups.addMembers(g.getId(), List.of(carl, anna), MONDAY_7_SEPT))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo("session.error.already-member"));
        assertThat(groups.membersOf(g.getId())).hasSize(2);
        // One who starts later than the day chosen joins on their own start, not on earlier attendance lists.
        long late = startedParticipant(staff, programmeId, "Erik", "Gruppsson", Kon.MAN, MONDAY_7_SEPT.plusDays(3));
        loginAs(staff, Role.PERSONAL);
        assertThat(groups.addMembers(g.getId(), List.of(late), MONDAY_7_SEPT)).singleElement()
                .satisfies(m -> assertThat(m.getJoined()).isEqualTo(MONDAY_7_SEPT.plusDays(3)));
        // Each addition is in the audit log, on the person.
        assertThat(jdbc.queryForList("SELECT details FROM audit_entry WHERE enrolment_id = ? AND action = 'CHANGE'",
                String.class, bodil)).anySatisfy(d -> assertThat(d).contains("med i gruppen").contains(g.getName()));
    }
}
