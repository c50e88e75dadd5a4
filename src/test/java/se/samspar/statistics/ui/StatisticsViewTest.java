package se.samspar.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.Kon;

/** The coordinator reads the year's statistics, the cross-table and the Finsam counts, and previews the PDF. */
class StatisticsViewTest extends IntegrationTest {

    @Test
    void the_coordinator_reads_the_statistics_and_previews_the_boards_pdf() {
        long programmeId = newProgramme("Statistikvy", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 5);
        String coordinator = newCoordinator("Siv Statistik", programmeId)[0];
        String staff = newStaff("Sam Statistik", programmeId)[0];
        startedParticipant(staff, programmeId, "Vera", "Vy", Kon.KVINNA, LocalDate.of(2025, 3, 3));
        loginAs(coordinator, Role.SAMORDNARE);

        StatisticsView view = navigate(StatisticsView.class);
        test(view.from).setValue(LocalDate.of(2025, 12, 31));
        test(view.to).setValue(LocalDate.of(2025, 1, 1));
        test(view.show).click();
        assertThat(view.to.getErrorMessage()).isEqualTo("Slutdatum kan inte vara före startdatum");

        test(view.from).setValue(LocalDate.of(2025, 1, 1));
        test(view.to).setValue(LocalDate.of(2025, 12, 31));
        test(view.show).click();
        assertThat(view.to.isInvalid()).isFalse();
        assertThat(view.base.getText()).startsWith("Underlaget:");
        assertThat(view.tables.getChildren().filter(H3.class::isInstance).map(c -> ((H3) c).getText()))
                .containsExactly("Åldersfördelning", "Utbildning", "Tid i offentlig försörjning", "Tid i insatsen",
                        "Avslutsorsak", "Sysselsättning vid avslut", "Försörjning före insatsen",
                        "Försörjning efter insatsen");
        assertThat(view.tables.getChildren().filter(Grid.class::isInstance).count()).isEqualTo(8);
        test(view.compare).click();
        test(view.show).click();
        assertThat(view.tables.getChildren().filter(Grid.class::isInstance).map(g -> ((Grid<?>) g).getColumns().size()))
                .as("last year's shares beside this year's").containsOnly(5);
        assertThat(view.finsam.getListDataView().getItems().filter(r -> r.programme().startsWith("Statistikvy")))
                .singleElement().satisfies(r -> assertThat(r.women()).isEqualTo(1));
        test(view.crossProgramme).selectItem(view.crossProgramme.getListDataView().getItems()
                .filter(id -> id == programmeId).map(id -> view.crossProgramme.getItemLabelGenerator().apply(id))
                .findFirst().orElseThrow());
        assertThat(view.cross.getListDataView().getItems().toList()).singleElement().satisfies(r -> {
            assertThat(r.support()).isEqualTo("OKAND");
            assertThat(r.stillActive()).isEqualTo(1);
        });

        test(view.preview).click();
        // Over every programme of the shared test database this may take more than a second:
        // then it finishes in the background and reaches the page at the next round-trip.
        finish(view.pending);
        assertThat(view.pdfPreview.shown()).isNotNull();
        assertThat(view.pdfPreview.isShowing()).isTrue();
    }
}
