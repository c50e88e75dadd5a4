package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.base.Role;
import se.samspar.security.UserDraft;
import se.samspar.security.UserService;

/** In a real browser: the administrator logs in, creates a programme and logs out. */
class AdminFlowBrowserTest extends BrowserTest {

    @Autowired
    UserService users;

    private String newAdmin(String username) {
        loginAs("test-setup", Role.ADMIN);
        try {
            return users.create(new UserDraft(username, "Test Administratör", null, Set.of(Role.ADMIN), Set.of()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void the_administrator_logs_in_creates_a_programme_and_logs_out() {
        String username = "browser-admin-" + Long.toString(System.nanoTime(), 36);
        String password = newAdmin(username);
        String programme = "Arbetsträning " + Long.toString(System.nanoTime(), 36);

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));

            logIn(page, username, "fel-lösenord");
            assertThat(page.getByText("Fel användarnamn eller lösenord")).isVisible();

            logInFirstTime(page, username, password);
            assertThat(page.getByText("Förbundets program")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Program").setExact(true)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nytt program")).click();
            page.getByRole(AriaRole.DIALOG).getByLabel("Namn", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).fill(programme);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(programme))).isVisible();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/program/\\d+$"));

            page.locator("#user-menu").getByText(username).click();
            page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Logga ut")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))).isVisible();
        }
    }
}
