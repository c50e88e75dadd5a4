package se.samspar.session.ui;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.session.Attendance;
import se.samspar.session.Group;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;
import se.samspar.session.SeriesPlan;
import se.samspar.session.SessionDraft;

/** Staff take attendance on the attendance screen: one click a member, saved at once. */
class AttendanceViewTest extends IntegrationTest {

    private static final LocalDate MONDAY_5_OCT = LocalDate.of(2026, 10, 5);

    @Autowired
    GroupService groups;
    @Autowired
    JdbcTemplate jdbc;

    private long programmeId;
    private String coordinator;
    private String staff;
    private long staffId;

    @BeforeEach
    void programmeWithStaff() {
        programmeId = newProgramme("Närvaroprogram", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 20);
        coordinator = newCoordinator("Nils Närvaro", programmeId)[0];
        staff = newStaff("Tea Tillfälle", programmeId)[0];
        staffId = userId(staff);
    }

    private long enrolled(String first, String last, Kon kon) {
        return startedParticipant(staff, programmeId, first, last, kon, LocalDate.of(2026, 9, 14));
    }

    /** A 4-week Mon+Thu group: Anna and Bo from the start, Cilla from the third session, Bo leaving after the fourth. */
    private List<GroupSession> groupWithMembers(long anna, long bo, long cilla, boolean headcountOnly) {
        loginAs(coordinator, Role.SAMORDNARE);
        Group g = groups.createGroup(new GroupDraft(programmeId, unique("Närvarogrupp"), MONDAY_5_OCT,
                MONDAY_5_OCT.plusWeeks(4), Set.of(staffId), null, null, null, null, headcountOnly, null));
        List<GroupSession> sessions = groups.generateSeries(g.getId(), SeriesPlan.weekly(MONDAY_5_OCT, 4,
                Set.of(MONDAY, THURSDAY), LocalTime.of(9, 0), LocalTime.of(12, 0), false), null);
        if (!headcountOnly) {
            groups.addMember(g.getId(), anna, MONDAY_5_OCT);
            groups.addMember(g.getId(), bo, MONDAY_5_OCT);
            groups.addMember(g.getId(), cilla, sessions.get(2).getDate());
            groups.memberLeaves(g.getId(), bo, sessions.get(3).getDate());
        }
        loginAs(staff, Role.PERSONAL);
        return sessions;
    }

    private AttendanceView open(GroupSession s) {
        return navigate(AttendanceView.class, Map.of(AttendanceView.PARAM, Long.toString(s.getId())));
    }

    private static Map<String, AttendanceView.MemberLine> byName(AttendanceView view) {
        return view.lines.stream().collect(Collectors.toMap(l -> l.name, l -> l));
    }

    private Map<Long, String> stored(GroupSession s) {
        return jdbc.query("SELECT enrolment_id, status FROM attendance WHERE session_id = ?",
                (rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)), s.getId()).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void one_click_marks_a_member_and_is_saved_at_once() {
        long anna = enrolled("Anna", "Alm", Kon.KVINNA);
        long bo = enrolled("Bo", "Björk", Kon.MAN);
        long cilla = enrolled("Cilla", "Cederlund", Kon.KVINNA);
        List<GroupSession> sessions = groupWithMembers(anna, bo, cilla, false);

        AttendanceView first = open(sessions.getFirst());
        assertThat(first.lines).extracting(l -> l.name).as("Cilla joins at the third session")
                .containsExactly("Anna Alm", "Bo Björk");
        assertThat(first.summary.getText()).isEqualTo("0 närvarande · 0 frånvarande · 0 avbokat · 2 ej registrerade");

        test(byName(first).get("Anna Alm").buttons.get(Attendance.NARVARANDE)).click();
        test(byName(first).get("Bo Björk").buttons.get(Attendance.AVBOKAT)).click();
        assertThat(stored(sessions.getFirst())).isEqualTo(Map.of(anna, "NARVARANDE", bo, "AVBOKAT"));
        assertThat(first.summary.getText()).isEqualTo("1 närvarande · 0 frånvarande · 1 avbokat · 0 ej registrerade");
        assertThat(byName(first).get("Bo Björk").buttons.get(Attendance.AVBOKAT).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");

        // A second click on another choice changes the mark; reopening shows what was saved.
        test(byName(first).get("Bo Björk").buttons.get(Attendance.FRANVARANDE)).click();
        AttendanceView again = open(sessions.getFirst());
        assertThat(byName(again).get("Bo Björk").value).isEqualTo(Attendance.FRANVARANDE);
        assertThat(byName(again).get("Anna Alm").value).isEqualTo(Attendance.NARVARANDE);
    }

    @Test
    void late_joiners_and_leavers_appear_only_for_their_sessions_and_the_rest_can_be_marked_present() {
        long anna = enrolled("Anna", "Asp", Kon.KVINNA);
        long bo = enrolled("Bo", "Bok", Kon.MAN);
        long cilla = enrolled("Cilla", "Cypress", Kon.KVINNA);
        List<GroupSession> sessions = groupWithMembers(anna, bo, cilla, false);

        AttendanceView third = open(sessions.get(2));
        assertThat(third.lines).extracting(l -> l.name).containsExactly("Anna Asp", "Bo Bok", "Cilla Cypress");
        test(byName(third).get("Bo Bok").buttons.get(Attendance.FRANVARANDE)).click();
        test(third.restPresent).click();
        assertThat(stored(sessions.get(2))).isEqualTo(Map.of(anna, "NARVARANDE", bo, "FRANVARANDE",
                cilla, "NARVARANDE"));
        assertThat(third.restPresent.isEnabled()).isFalse();

        AttendanceView fifth = open(sessions.get(4));
        assertThat(fifth.lines).extracting(l -> l.name).as("Bo left after the fourth session")
                .containsExactly("Anna Asp", "Cilla Cypress");
    }

    @Test
    void a_cancelled_session_takes_no_attendance_and_a_headcount_group_refuses_negative_numbers() {
        List<GroupSession> sessions = groupWithMembers(0, 0, 0, true);
        loginAs(coordinator, Role.SAMORDNARE);
        GroupSession s = sessions.get(1);
        groups.updateSession(s.getId(), s.getVersion(), new SessionDraft(s.getDate(), s.getStart(), s.getEnd(), null,
                null, null, null, Set.of(staffId), true), "Ledaren sjuk");
        loginAs(staff, Role.PERSONAL);

        AttendanceView cancelled = open(s);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Tillfället är inställt");
        assertThat(cancelled.lines).isEmpty();

        AttendanceView first = open(sessions.getFirst());
        test(first.women).setValue(-1);
        test(first.men).setValue(3);
        test(first.saveHeadcount).click();
        assertThat(first.women.isInvalid()).isTrue();
        assertThat(first.women.getErrorMessage()).isEqualTo("Antalet kan inte vara negativt");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM session_headcount WHERE session_id = ?", Integer.class,
                sessions.getFirst().getId())).isZero();

        test(first.women).setValue(4);
        test(first.saveHeadcount).click();
        assertThat(jdbc.queryForMap("SELECT women, men FROM session_headcount WHERE session_id = ?",
                sessions.getFirst().getId())).containsEntry("women", 4).containsEntry("men", 3);
        assertThat(open(sessions.getFirst()).women.getValue()).isEqualTo(4);
    }
}
