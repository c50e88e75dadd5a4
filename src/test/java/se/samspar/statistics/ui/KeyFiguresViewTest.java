package se.samspar.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.enrolment.EnrolmentStatus;
import se.samspar.participant.Kon;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.ui.ParticipantListView;

/** The coordinator's dashboard leads to the enrolments behind a figure; the administrator's only shows figures. */
class KeyFiguresViewTest extends IntegrationTest {

    @Test
    void a_coordinator_follows_a_figure_to_the_participants_and_the_administrator_sees_figures_only() {
        long programmeId = newProgramme("Nyckeltalsinsats", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 5);
        String coordinator = newCoordinator("Nina Nyckeltal", programmeId)[0];
        String staff = newStaff("Nils Nyckeltal", programmeId)[0];
        startedParticipant(staff, programmeId, "Nora", "Nyckel", Kon.KVINNA, LocalDate.now().withDayOfYear(1));

        loginAs(coordinator, Role.SAMORDNARE);
        KeyFiguresView view = navigate(KeyFiguresView.class);
        assertThat(view.cards.getChildren()).hasSize(1);
        assertThat($(Svg.class).all()).hasSize(1);
        Anchor active = $(Anchor.class).all().getFirst();
        assertThat(active.getHref()).isEqualTo("deltagare?program=" + programmeId + "&status=AKTIV");

        String[] href = active.getHref().split("\\?");
        UI.getCurrent().navigate(href[0], com.vaadin.flow.router.QueryParameters.fromString(href[1]));
        assertThat(getCurrentView()).isInstanceOf(ParticipantListView.class);
        assertThat($(Select.class).all()).extracting(Select::getValue).anySatisfy(v ->
                assertThat(v).isInstanceOfSatisfying(se.samspar.programme.Programme.class,
                        p -> assertThat(p.getId()).isEqualTo(programmeId))).contains(EnrolmentStatus.AKTIV);
        @SuppressWarnings("unchecked")
        Grid<ParticipantRow> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Nora Nyckel");

        loginAs("test-admin", Role.ADMIN);
        navigate(KeyFiguresView.class);
        assertThat($(Anchor.class).all()).as("no way to personal data").isEmpty();
        assertThat($(Svg.class).all()).isNotEmpty();
    }
}
