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
        return browser.newContext("http://localhost:" + port);
    }

    static void logIn(Page page, String username, String password) {
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
    }
}
