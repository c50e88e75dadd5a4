package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.base.SessionTimeout;

/** An idle session warns first, can be kept, and then logs out to the login page with the reason. */
class SessionTimeoutBrowserTest extends BrowserTest {

    @Autowired
    SessionTimeout sessionTimeout;

    @Test
    void an_idle_user_is_warned_and_then_logged_out() {
        long programmeId = newProgramme("Tidsgräns", se.samspar.programme.ProgrammeKind.INDIVIDUAL, 1);
        String[] staff = newStaff("Tove Tidsgräns", programmeId);
        SecurityContextHolder.clearContext();
        Duration normal = sessionTimeout.timeout();
        sessionTimeout.setTimeout(Duration.ofSeconds(12));
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            logInFirstTime(page, staff[0], staff[1]);

            var warning = page.getByRole(AriaRole.ALERTDIALOG);
            assertThat(warning).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                    .setTimeout(12_000));
            assertThat(warning).containsText("loggas ut om 6 s");
            warning.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Fortsätt arbeta")).click();
            assertThat(warning).isHidden();
            assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));

            // Nothing more happens: after the full time the session ends.
            assertThat(page).hasURL(Pattern.compile(".*/login\\?utloggad$"),
                    new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(20_000));
            assertThat(page.getByText("Du har loggats ut eftersom du inte varit aktiv")).isVisible();
            page.navigate("/deltagare");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        } finally {
            sessionTimeout.setTimeout(normal);
        }
    }
}
