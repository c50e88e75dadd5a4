package se.samspar.session.ui;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.session.Group;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;
import se.samspar.session.SeriesPlan;

/** One press of Spara marks every field of the group forms that is wrong, and creates nothing. */
class EveryErrorAtOnceTest extends IntegrationTest {

    private static final LocalDate MONDAY_5_OCT = LocalDate.of(2026, 10, 5);

    @Autowired
    GroupService groups;

    private long programmeId;
    private long staffId;
    private String coordinator;

    @BeforeEach
    void coordinatorOfTwoProgrammes() {
        programmeId = newProgramme("Gruppprogram", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 20);
        long other = newProgramme("Annat gruppprogram", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 20);
        coordinator = newCoordinator("Greta Grupp", programmeId, other)[0];
        staffId = userId(newStaff("Sam Session", programmeId)[0]);
        loginAs(coordinator, Role.SAMORDNARE);
    }

    private static String error(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : "";
    }

    private Group group(boolean headcountOnly) {
        return groups.createGroup(new GroupDraft(programmeId, unique("Felgrupp"), MONDAY_5_OCT,
                MONDAY_5_OCT.plusWeeks(4), Set.of(staffId), null, null, null, null, headcountOnly, null));
    }

    @Test
    void an_empty_new_group_marks_programme_name_start_and_leaders_at_once() {
        GroupListView list = navigate(GroupListView.class);
        int before = groups.groups().size();
        test(list.newGroup).click();
        GroupDialog dialog = $(GroupDialog.class).single();
        test(dialog.save).click();

        assertThat(List.of(error(dialog.programme), error(dialog.name), error(dialog.startDate), error(dialog.leaders)))
                .containsOnly("Fyll i fältet");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(groups.groups()).hasSize(before);
    }

    @Test
    void a_group_ending_before_it_starts_with_no_places_marks_both_fields_from_the_service() {
        GroupListView list = navigate(GroupListView.class);
        test(list.newGroup).click();
        GroupDialog dialog = $(GroupDialog.class).single();
        dialog.programme.setValue(dialog.programme.getListDataView().getItems()
                .filter(p -> p.getId() == programmeId).findFirst().orElseThrow());
        test(dialog.name).setValue("Höstgruppen");
        test(dialog.startDate).setValue(MONDAY_5_OCT);
        test(dialog.endDate).setValue(MONDAY_5_OCT.minusDays(1));
        dialog.leaders.setValue(Set.of(staffId));
        test(dialog.capacity).setValue(0);
        test(dialog.save).click();

        assertThat(error(dialog.endDate)).isNotEmpty();
        assertThat(error(dialog.capacity)).isNotEmpty();
        assertThat(error(dialog.name)).isEmpty();
    }

    @Test
    void an_empty_series_marks_first_day_weekdays_times_and_weeks_at_once() {
        Group g = group(false);
        navigate(GroupView.class, Map.of(GroupView.PARAM, Long.toString(g.getId())));
        test($(com.vaadin.flow.component.button.Button.class).withText("Skapa serie").first()).click();
        SeriesDialog dialog = $(SeriesDialog.class).single();
        dialog.firstDay.clear();
        dialog.start.clear();
        dialog.end.clear();
        dialog.weeks.clear();
        test(dialog.save).click();

        assertThat(List.of(error(dialog.firstDay), error(dialog.start), error(dialog.end), error(dialog.weeks)))
                .containsOnly("Fyll i fältet");
        assertThat(error(dialog.weekdays)).isNotEmpty();
        assertThat(groups.sessionsOf(g.getId())).isEmpty();
    }

    @Test
    void a_session_without_date_and_times_marks_all_three() {
        Group g = group(false);
        GroupSession s = groups.generateSeries(g.getId(), SeriesPlan.weekly(MONDAY_5_OCT, 1, Set.of(MONDAY),
                LocalTime.of(9, 0), LocalTime.of(12, 0), false), null).getFirst();
        navigate(AttendanceView.class, Map.of(AttendanceView.PARAM, Long.toString(s.getId())));
        test($(com.vaadin.flow.component.button.Button.class).withText("Ändra").first()).click();
        SessionDialog dialog = $(SessionDialog.class).single();
        dialog.date.clear();
        dialog.start.clear();
        dialog.end.clear();
        test(dialog.save).click();

        assertThat(List.of(error(dialog.date), error(dialog.start), error(dialog.end))).containsOnly("Fyll i fältet");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_headcount_without_women_and_men_marks_both() {
        Group g = group(true);
        GroupSession s = groups.generateSeries(g.getId(), SeriesPlan.weekly(MONDAY_5_OCT, 1, Set.of(MONDAY),
                LocalTime.of(9, 0), LocalTime.of(12, 0), false), null).getFirst();
        AttendanceView view = navigate(AttendanceView.class, Map.of(AttendanceView.PARAM, Long.toString(s.getId())));
        test(view.saveHeadcount).click();

        assertThat(error(view.women)).isEqualTo("Fyll i fältet");
        assertThat(error(view.men)).isEqualTo("Fyll i fältet");
    }
}
