package se.samspar.annualreport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.samspar.IntegrationTest;
import se.samspar.annualreport.AnnualReportService;
import se.samspar.base.Role;
import se.samspar.report.PdfKit;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService;

/**
 * The annual report page for 2014: a programme without a report is named as missing, the parts
 * are reordered and one left out, the foreword is kept, an edit made meanwhile is caught, and
 * publishing puts the annual report in the archive. (Every wrong field at once: {@link EveryErrorAtOnceTest}.)
 */
class AnnualReportViewTest extends IntegrationTest {

    static final int YEAR = 2014;

    @Autowired
    ReportService reports;
    @Autowired
    AnnualReportService annual;

    @BeforeEach
    void theYearsArchive() {
        newProgramme("Ungdomsspåret", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 5, LocalDate.of(YEAR, 1, 1));
        loginAs("test-admin", Role.ADMIN);
        if (annual.overview(YEAR).parts().isEmpty()) {
            LocalDate from = LocalDate.of(YEAR, 1, 1);
            LocalDate to = LocalDate.of(YEAR, 12, 31);
            reports.publishForbund(ReportKind.STATISTIK, from, to, "Statistik", pdf("Könsuppdelad statistik"));
            reports.publishForbund(ReportKind.INDIKATORER, from, to, "Indikatorer", pdf("Indikatorer"));
        }
    }

    private static byte[] pdf(String title) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        PdfKit.Pdf pdf = PdfKit.a4(out, "Samordningsförbundet", title);
        pdf.doc().add(PdfKit.paragraph(title + " för året", PdfKit.TITLE, 8));
        pdf.doc().close();
        return out.toByteArray();
    }

    /** The page at its address, as a link or reload reaches it: {@code arsrapport?ar=2014}. */
    static AnnualReportView open() {
        com.vaadin.flow.component.UI.getCurrent().navigate("arsrapport",
                com.vaadin.flow.router.QueryParameters.of(AnnualReportView.YEAR, String.valueOf(YEAR)));
        return (AnnualReportView) com.vaadin.flow.component.UI.getCurrent().getInternals()
                .getActiveRouterTargetsChain().getFirst();
    }

    private static List<String> titles(AnnualReportView view) {
        return view.includes.stream().map(Checkbox::getLabel).toList();
    }

    @Test
    void the_coordinator_orders_the_parts_writes_a_foreword_and_publishes() {
        AnnualReportView view = open();
        assertThat(view.year.getValue()).isEqualTo(YEAR);
        assertThat(view.missing.getChildren().map(c -> ((ListItem) c).getText()))
                .anySatisfy(m -> assertThat(m).matches("Ungdomsspåret \\S+: ingen publicerad helårsrapport för 2014"));
        assertThat(titles(view)).containsExactly("Könsuppdelad statistik januari – december 2014",
                "Sammanställning av indikatorer januari – december 2014");
        assertThat(view.ups.getFirst().isEnabled()).isFalse();

        test(view.downs.getFirst()).click();
        assertThat(titles(view)).containsExactly("Sammanställning av indikatorer januari – december 2014",
                "Könsuppdelad statistik januari – december 2014");
        test(view.includes.get(1)).click();
        test(view.foreword).setValue("Ett år av samverkan i förbundet.");
        test(view.save).click();

        AnnualReportView again = open();
        assertThat(titles(again)).as("the order is kept").startsWith(
                "Sammanställning av indikatorer januari – december 2014");
        assertThat(again.includes.get(1).getValue()).as("the statistics left out").isFalse();
        assertThat(again.foreword.getValue()).isEqualTo("Ett år av samverkan i förbundet.");

        int before = reports.publishedIn(YEAR).size();
        test(again.publish).click();
        assertThat(reports.publishedIn(YEAR)).as("nothing before it is confirmed").hasSize(before);
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).last()).confirm();
        assertThat(reports.publishedIn(YEAR)).hasSize(before + 1)
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(ReportKind.ARSRAPPORT));
    }

    @Test
    void an_edit_saved_meanwhile_by_someone_else_is_not_overwritten() {
        AnnualReportView view = open();
        AnnualReportService.Overview now = annual.overview(YEAR);
        annual.save(YEAR, now.version(), new AnnualReportService.Draft(List.of(), java.util.Set.of(),
                "Skrivet av någon annan.", ""));
        test(view.foreword).setValue("Mitt förord.");
        test(view.save).click();
        assertThat(annual.overview(YEAR).foreword()).isEqualTo("Skrivet av någon annan.");
    }
}
