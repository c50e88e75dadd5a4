package se.samspar.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.report.DraftContent;
import se.samspar.report.ReportService;

/**
 * The coordinator begins a report, writes it, previews it and publishes it; the board lands in
 * the archive and opens it there.
 */
class ReportViewsTest extends IntegrationTest {

    @Autowired
    ReportService reports;

    private long programmeId;
    private String coordinator;

    @BeforeEach
    void programmeWithParticipant() {
        programmeId = newProgramme("Rapportvyer", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 10);
        coordinator = newCoordinator("Rakel Rapport", programmeId)[0];
        String staff = newStaff("Petra Personal", programmeId)[0];
        startedParticipant(staff, programmeId, "Lisa", "Lind", Kon.KVINNA, LocalDate.of(2025, 2, 3));
        loginAs(coordinator, Role.SAMORDNARE);
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void the_coordinator_writes_previews_and_publishes_a_report_once_per_change() {
        ReportListView list = navigate(ReportListView.class);
        String name = list.programme.getListDataView().getItems().filter(p -> p.getId() == programmeId).findFirst()
                .orElseThrow().getName();
        test(list.programme).selectItem(name);
        test(list.from).setValue(LocalDate.of(2025, 6, 30));
        test(list.to).setValue(LocalDate.of(2025, 1, 1));
        test(list.create).click();
        assertThat(list.to.getErrorMessage()).isEqualTo("Slutdatum kan inte vara före startdatum");

        test(list.from).setValue(LocalDate.of(2025, 1, 1));
        test(list.to).setValue(LocalDate.of(2025, 6, 30));
        test(list.create).click();
        ReportDraftView view = (ReportDraftView) getCurrentView();
        assertThat(view.getPageTitle()).isEqualTo(name + " – januari – juni 2025");

        test(view.challenges).setValue("x".repeat(DraftContent.SECTION_MAX + 1));
        test(view.save).click();
        assertThat(view.challenges.isInvalid()).isTrue();
        assertThat(view.challenges.getErrorMessage()).matches("Texten är för lång: högst 8\\h000 tecken");

        test(view.challenges).setValue("Rekryteringen av deltagare.");
        test(view.signature).setValue("Rakel Rapport, samordnare");
        test(view.preview).click();
        finish(view.pending);
        assertThat(view.pdfPreview.shown()).as("the PDF is shown in the page").isNotNull();
        assertThat(view.pdfPreview.isShowing()).isTrue();
        assertThat(view.pdfPreview.progress().isVisible()).as("no progress once it is done").isFalse();

        publishThroughTheButton(view);
        assertThat(notifications()).contains("Rapporten publicerades som version 1");
        assertThat(view.status.getText()).isEqualTo("Publicerad som version 1");
        // Publishing again saves the unchanged page first, as the button does: still refused, no version 2.
        publishThroughTheButton(view);
        assertThat(notifications()).anyMatch(n -> n.startsWith("Utkastet är redan publicerat som version 1"));
        assertThat(view.status.getText()).isEqualTo("Publicerad som version 1");

        ReportListView again = navigate(ReportListView.class);
        assertThat(again.drafts.getListDataView().getItems().filter(d -> d.getProgrammeId() == programmeId)
                .map(d -> d.getPublishedVersion()).toList()).containsExactly(1);
    }

    /** Publicera: the page is saved, the confirmation answered, the PDF made. */
    private void publishThroughTheButton(ReportDraftView view) {
        test(view.publish).click();
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).last();
        test(confirm).confirm();
        finish(view.pending);
    }

    @Test
    void the_board_lands_in_the_archive_and_sees_the_published_reports_only() {
        long draftId = reports.createDraft(programmeId, se.samspar.report.ReportKind.HELAR, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)).getId();
        reports.publish(draftId, reports.draft(draftId).getVersion());

        loginAs("styrelse-" + System.nanoTime(), Role.STYRELSE);
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(ArchiveView.class);
        ArchiveView archive = (ArchiveView) getCurrentView();
        test(archive.programme).selectItem(archive.programme.getListDataView().getItems()
                .filter(id -> id == programmeId).findFirst().map(id -> archive.programme.getItemLabelGenerator()
                        .apply(id)).orElseThrow());
        assertThat(archive.grid.getListDataView().getItems().toList()).singleElement()
                .satisfies(e -> {
                    assertThat(e.version()).isEqualTo(1);
                    assertThat(e.authorName()).isEqualTo("Rakel Rapport");
                    assertThat(e.sha256()).hasSize(64);
                });
        assertThat(archive.year.getListDataView().getItems().toList()).contains(2025);
        assertThat($(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel).containsExactly("Rapportarkiv");
    }
}
