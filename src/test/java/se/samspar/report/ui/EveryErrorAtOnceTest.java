package se.samspar.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.report.DraftContent;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService;

/** "Ny rapport" and the draft mark every field that is wrong at one press, and create or save nothing. */
class EveryErrorAtOnceTest extends IntegrationTest {

    @Autowired
    ReportService reports;

    private long programmeId;

    @BeforeEach
    void coordinatorOfTwoProgrammes() {
        programmeId = newProgramme("Felrapport", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 10);
        long other = newProgramme("Annan felrapport", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 10);
        String coordinator = newCoordinator("Rut Rapport", programmeId, other)[0];
        loginAs(coordinator, Role.SAMORDNARE);
    }

    private static String error(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : "";
    }

    @Test
    void a_new_report_without_programme_and_period_marks_all_three_and_creates_no_draft() {
        ReportListView list = navigate(ReportListView.class);
        int before = reports.drafts().size();
        list.from.clear();
        list.to.clear();
        test(list.create).click();

        assertThat(List.of(error(list.programme), error(list.from), error(list.to))).containsOnly("Fyll i fältet");
        assertThat(getCurrentView()).isSameAs(list);
        assertThat(reports.drafts()).hasSize(before);
    }

    @Test
    void a_draft_with_no_period_and_a_too_long_section_marks_every_field() {
        var draft = reports.createDraft(programmeId, ReportKind.DELAR, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30));
        ReportDraftView view = navigate(ReportDraftView.class, java.util.Map.of("draftId", draft.getId().toString()));
        view.from.clear();
        view.to.clear();
        test(view.challenges).setValue("x".repeat(DraftContent.SECTION_MAX + 1));
        test(view.save).click();

        assertThat(error(view.from)).isEqualTo("Fyll i fältet");
        assertThat(error(view.to)).isEqualTo("Fyll i fältet");
        assertThat(error(view.challenges)).startsWith("Texten är för lång");
        assertThat(reports.draft(draft.getId()).getFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    }
}
