package se.samspar.participant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.session.Attendance;
import se.samspar.session.AttendanceService;
import se.samspar.session.Group;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;
import se.samspar.session.SeriesPlan;

/**
 * "Mina deltagare" and the programme page flag the participants to look after, each linked to
 * their page: absences in a row at the group's sessions, or four weeks without contact.
 */
class EarlyWarningViewTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    GroupService groups;
    @Autowired
    AttendanceService attendance;
    @Autowired
    JdbcTemplate jdbc;

    private long programmeId;
    private String coordinator;
    private String staff;
    private long anna;
    private long bo;
    private long cilla;
    private LocalDate lastPresent;

    @BeforeEach
    void aGroupWithAbsencesAndAParticipantWithoutContact() {
        programmeId = newProgramme("Varningsprogram", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 20);
        coordinator = newCoordinator("Vera Varning", programmeId)[0];
        staff = newStaff("Tove Tidig", programmeId)[0];
        long staffId = userId(staff);
        LocalDate started = TODAY.minusWeeks(10);
        anna = startedParticipant(staff, programmeId, "Anna", "Avig", Kon.KVINNA, started);
        bo = startedParticipant(staff, programmeId, "Bo", "Bra", Kon.MAN, started);
        cilla = startedParticipant(staff, programmeId, "Cilla", "Borta", Kon.KVINNA, started);
        long dan = startedParticipant(staff, programmeId, "Dan", "Ny", Kon.MAN, TODAY.minusWeeks(2));
        for (long enrolment : List.of(anna, bo, cilla, dan)) {
            jdbc.update("UPDATE enrolment SET contact_person1_id = ? WHERE id = ?", staffId, enrolment);
        }

        loginAs(coordinator, Role.SAMORDNARE);
        LocalDate first = TODAY.minusWeeks(6);
        Group g = groups.createGroup(new GroupDraft(programmeId, unique("Varningsgrupp"), first, TODAY.plusWeeks(2),
                Set.of(staffId), null, null, null, null, false, null));
        List<GroupSession> sessions = groups.generateSeries(g.getId(), SeriesPlan.weekly(first, 6,
                Set.of(first.getDayOfWeek()), LocalTime.of(9, 0), LocalTime.of(12, 0), false), null);
        groups.addMember(g.getId(), anna, first);
        groups.addMember(g.getId(), bo, first);
        loginAs(staff, Role.PERSONAL);
        List<GroupSession> held = sessions.stream().filter(s -> s.getDate().isBefore(TODAY)).toList();
        assertThat(held).hasSizeGreaterThanOrEqualTo(5);
        lastPresent = held.getFirst().getDate();
        for (int i = 0; i < held.size(); i++) {
            // Anna: present at the first session only, absent ever since (once with notice).
            Attendance a = i == 0 ? Attendance.NARVARANDE : i == 2 ? Attendance.AVBOKAT : Attendance.FRANVARANDE;
            attendance.mark(held.get(i).getId(), anna, a);
            attendance.mark(held.get(i).getId(), bo, Attendance.NARVARANDE);
        }
        loginAs(staff, Role.PERSONAL);
    }

    @Test
    void mina_deltagare_flags_absences_in_a_row_and_no_contact_with_a_link_to_each_person() {
        MyParticipantsView view = navigate(MyParticipantsView.class);
        EarlyWarningList warnings = view.warningList;
        assertThat(warnings.isVisible()).isTrue();
        List<String> texts = warnings.texts();
        assertThat(texts).hasSize(2);
        assertThat(texts.get(0)).startsWith("Anna Avig").contains("frånvaron i rad")
                .contains("ingen kontakt sedan " + lastPresent);
        assertThat(texts.get(1)).startsWith("Cilla Borta").contains("ingen registrerad kontakt på 4 veckor");
        assertThat(String.join(" ", texts)).doesNotContain("Bo Bra", "Dan Ny");
        assertThat(warnings.links).extracting(Anchor::getHref)
                .containsExactly("deltagare/" + personOf(anna), "deltagare/" + personOf(cilla));
    }

    @Test
    void the_programme_page_shows_its_participants_to_look_after_to_the_coordinator() {
        loginAs(coordinator, Role.SAMORDNARE);
        UI.getCurrent().navigate("program/" + programmeId);
        EarlyWarningList warnings = $(EarlyWarningList.class).single();
        assertThat(warnings.texts()).hasSize(2);
        assertThat(warnings.texts().getFirst()).startsWith("Anna Avig");
    }

    @Test
    void staff_of_another_programme_and_the_administrator_see_no_one_flagged() {
        long other = newProgramme("Annat program", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 5);
        String outsider = newStaff("Olle Utanför", other)[0];
        loginAs(outsider, Role.PERSONAL);
        assertThat(navigate(MyParticipantsView.class).warningList.isVisible()).isFalse();

        loginAs("test-admin", Role.ADMIN);
        UI.getCurrent().navigate("program/" + programmeId);
        assertThat($(EarlyWarningList.class).all()).isEmpty();
    }

    private long personOf(long enrolmentId) {
        return jdbc.queryForObject("SELECT person_id FROM enrolment WHERE id = ?", Long.class, enrolmentId);
    }
}
