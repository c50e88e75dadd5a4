package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.samspar.importexport.Sheet.Columns.*;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samspar.importexport.Sheet;
import se.samspar.importexport.Sheets;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;
import se.samspar.programme.ProgrammeService;

/** In a real browser: a coordinator uploads a workbook with two bad rows, sees why, fixes them and imports. */
class ImportFlowBrowserTest extends BrowserTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_workbook_with_two_bad_rows_is_refused_with_reasons_and_the_fixed_one_imports(@TempDir Path dir) throws Exception {
        long programmeId = newProgramme("Webbimport", ProgrammeKind.BOTH, 5);
        String programme = programmes.get(programmeId).getName();
        String[] coordinator = newCoordinator("Wilma Webbimport", programmeId);
        String pnr = Sheets.freshPnr(jdbc, Kon.KVINNA);
        Path bad = dir.resolve("historik.xlsx");
        Files.write(bad, new Sheets()
                .row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Wilma", LAST_NAME, "Webb", KOMMUN, "Vänersborg")
                .row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, programme, REFERRAL, "2019-02-11", EDUCATION, "Universitet")
                .row(Sheet.PINNSTATISTIK, PROGRAMME, programme, DATE, "04/03/2019", WOMEN, "3", MEN, "2").xlsx());
        Path fixed = dir.resolve("historik-rattad.xlsx");
        Files.write(fixed, new Sheets()
                .row(Sheet.PERSONER, PNR, pnr, FIRST_NAME, "Wilma", LAST_NAME, "Webb", KOMMUN, "Vänersborg")
                .row(Sheet.INSKRIVNINGAR, PNR, pnr, PROGRAMME, programme, REFERRAL, "2019-02-11", EDUCATION, "Gymnasium")
                .row(Sheet.PINNSTATISTIK, PROGRAMME, programme, DATE, "2019-03-04", WOMEN, "3", MEN, "2").xlsx());

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/");
            logInFirstTime(page, coordinator[0], coordinator[1]);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Importera historik"))).isVisible();

            page.locator("vaadin-upload input[type=file]").setInputFiles(bad);
            assertThat(page.getByText("historik.xlsx: 1 nya, 0 ändras, 0 oförändrade, 2 avvisade.", new Page.GetByTextOptions()
                    .setExact(false))).isVisible();
            assertThat(page.getByText("Okänd kod. Tillåtna värden:", new Page.GetByTextOptions().setExact(false))).isVisible();
            assertThat(page.getByText("Datumet kan läsas på flera sätt. Skriv det som 2019-03-04.")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera (").setExact(false)))
                    .isHidden();

            page.locator("vaadin-upload input[type=file]").setInputFiles(fixed);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importera (3 rader)")).click();
            assertThat(page.getByText("Importen är klar. Personer: 1 nya", new Page.GetByTextOptions().setExact(false))
                    .first()).isVisible();
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT education FROM enrolment e JOIN person p "
                + "ON p.id = e.person_id WHERE p.personnummer = ?", String.class, pnr)).isEqualTo("GYMNASIUM");
    }
}
