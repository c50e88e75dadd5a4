package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.PdfText;
import se.samspar.base.Role;
import se.samspar.programme.ProgrammeKind;

/**
 * In a real browser: the coordinator opens an occasion for the board with a base of 8 and prints
 * codes; seven members answer in browsers of their own without logging in; the coordinator sees
 * "7 av 8" and the means and publishes the summary; a board member reads it in the archive.
 */
class IndicatorFlowBrowserTest extends BrowserTest {

    /** What each of the seven answers to the three board indicators. */
    private static final int[][] ANSWERS = {{8, 5, 10}, {7, 6, 9}, {8, 4, 9}, {9, 5, 8}, {6, 6, 9}, {8, 5, 10}, {7, 4, 9}};

    @Test
    void seven_of_eight_board_members_answer_and_the_board_reads_the_published_summary() throws Exception {
        long programmeId = newProgramme("Indikatorprogram", ProgrammeKind.INDIVIDUAL, 10);
        String[] coordinator = newCoordinator("Cecilia Indikator", programmeId);
        String[] board = newUser(Role.STYRELSE, "Bertil Styrelse");
        SecurityContextHolder.clearContext();
        // A year no other test publishes in, so that the board finds this summary alone under it in the archive.
        String name = unique("Oktober 2009");

        List<String> codes;
        String password;
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            password = logInFirstTime(page, coordinator[0], coordinator[1]);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indikatorer").setExact(true)).click();
            page.getByLabel("Namn på mättillfället").fill(name);
            page.getByLabel("Från").fill("2009-10-01");
            page.getByLabel("Från").press("Enter");
            page.getByLabel("Till", new Page.GetByLabelOptions().setExact(true)).fill("2009-10-31");
            page.getByLabel("Till", new Page.GetByLabelOptions().setExact(true)).press("Enter");
            page.getByText("Styrelse", new Page.GetByTextOptions().setExact(true)).click();
            page.getByLabel("Antal i gruppen Styrelse").fill("8");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna mättillfälle")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();

            page.getByLabel("Antal koder").fill("8");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa koder")).click();
            Locator shown = page.locator(".indicator-codes .one-time-password");
            assertThat(shown).hasCount(8);
            codes = shown.allTextContents().stream().map(String::strip).toList();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kodlista att skriva ut (PDF)")))
                    .isVisible();
        }

        for (int i = 0; i < ANSWERS.length; i++) {
            try (BrowserContext member = newContext()) {
                Page page = member.newPage();
                // Half follow the printed link, half type the code.
                if (i % 2 == 0) {
                    page.navigate("/indikatorer/svara?kod=" + codes.get(i));
                } else {
                    page.navigate("/indikatorer/svara");
                    page.getByLabel("Kod").fill(codes.get(i).toLowerCase());
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Börja")).click();
                }
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name + " – Styrelse")))
                        .isVisible();
                Locator groups = page.getByRole(AriaRole.RADIOGROUP);
                assertThat(groups).hasCount(3);
                for (int q = 0; q < 3; q++) {
                    groups.nth(q).getByText(Integer.toString(ANSWERS[i][q]), new Locator.GetByTextOptions().setExact(true))
                            .click();
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svaren")).click();
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tack för dina svar!")))
                        .isVisible();
            }
        }

        try (BrowserContext again = newContext()) {
            Page page = again.newPage();
            page.navigate("/indikatorer/svara?kod=" + codes.getFirst());
            assertThat(page.getByText("Koden är redan använd. Varje kod kan användas en gång.").first()).isVisible();
        }

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            logIn(page, coordinator[0], password);
            page.navigate("/indikatorer");
            page.getByText(name).click();
            assertThat(page.getByText("7 av 8 ledamöter har svarat")).isVisible();
            Locator cells = page.locator(".indicator-results vaadin-grid-cell-content");
            assertThat(cells.getByText("7 av 8", new Locator.GetByTextOptions().setExact(true))).hasCount(3);
            for (String mean : List.of("7,6", "5,0", "9,1")) {
                assertThat(cells.getByText(mean, new Locator.GetByTextOptions().setExact(true))).isVisible();
            }
            if (System.getProperty("samspar.screenshots") != null) {
                // For the user guide: the results, scrolled into view.
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Resultat"))
                        .evaluate("heading => heading.scrollIntoView()");
                page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of(
                        System.getProperty("samspar.screenshots"), "samordnare-indikatorer.png")));
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera").setExact(true)).click();
            page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Publicera").setExact(true)).click();
            assertThat(page.getByText("Rapporten publicerades som version 1")).isVisible();
        }

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            logIn(page, board[0], board[1]);
            changePassword(page, board[1]);
            page.navigate("/arkiv");
            page.locator("vaadin-select").first().click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2009").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0);
            // The filtered grid has one row; the cells of the rows it showed before may linger in the DOM a moment.
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda ner"))).hasCount(1);
            assertThat(page.locator("vaadin-grid-cell-content")
                    .getByText("Sammanställning av indikatorer – " + name).first()).isVisible();
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Ladda ner")).first().click());
            String text = PdfText.of(Files.readAllBytes(download.path()));
            org.assertj.core.api.Assertions.assertThat(text).contains("SAMMANSTÄLLNING AV INDIKATORER",
                    "7 av 8 ledamöter svarade på följande tre indikatorer", "7,6", "5,0", "9,1");
        }
    }

    private void changePassword(Page page, String oneTime) {
        assertThat(page).hasURL(Pattern.compile(".*/byt-losenord$"));
        String chosen = "Lingon, knäckebröd och " + Long.toString(System.nanoTime(), 36).toUpperCase();
        page.getByLabel("Nuvarande lösenord").fill(oneTime);
        page.getByLabel("Nytt lösenord", new Page.GetByLabelOptions().setExact(true)).fill(chosen);
        page.getByLabel("Upprepa nytt lösenord").fill(chosen);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara nytt lösenord")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapportarkiv"))).isVisible();
    }
}
