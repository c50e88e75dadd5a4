package se.samspar.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samspar.IntegrationTest;

/** Base of the real-browser tests: one Chromium per test class, against the app on its port. */
abstract class BrowserTest extends IntegrationTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    BrowserContext newContext() {
        return newContext("http://localhost:" + port);
    }

    /** A browser context against another server (the production jar, for the heap measurement). */
    static BrowserContext newContext(String baseUrl) {
        return browser.newContext(baseUrl);
    }

    static void logIn(Page page, String username, String password) {
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
    }

    /**
     * The first login with a one-time password: the app asks for a new password before anything
     * else, and then opens the overview. Returns the new password.
     */
    static String logInFirstTime(Page page, String username, String oneTimePassword) {
        logIn(page, username, oneTimePassword);
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasURL(java.util.regex.Pattern.compile(".*/byt-losenord$"));
        String chosen = "Blåbär, korvbröd och " + Long.toString(System.nanoTime(), 36).toUpperCase();
        page.getByLabel("Nuvarande lösenord").fill(oneTimePassword);
        page.getByLabel("Nytt lösenord", new Page.GetByLabelOptions().setExact(true)).fill(chosen);
        page.getByLabel("Upprepa nytt lösenord").fill(chosen);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara nytt lösenord")).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByText("Förbundets program")
                .or(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deltagare").setExact(true))))
                .isVisible();
        return chosen;
    }
}
