package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;

/**
 * In a real browser: staff create a tablet code, the participant answers alone without logging
 * in, and the coordinator sees the mean under Enkätresultat.
 */
class QuestionnaireFlowBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_create_a_code_the_participant_answers_and_the_coordinator_sees_the_mean() {
        long programmeId = newProgramme("Arbetsrehab enkät", ProgrammeKind.INDIVIDUAL, 12);
        String[] staff = newStaff("Stig Surfplatta", programmeId);
        String[] coordinator = newCoordinator("Cissi Snitt", programmeId);
        long enrolmentId = startedParticipant(staff[0], programmeId, "Hedda", "Hjort", Kon.KVINNA,
                LocalDate.now().minusMonths(3));
        long personId = jdbc.queryForObject("SELECT person_id FROM enrolment WHERE id = ?", Long.class, enrolmentId);
        SecurityContextHolder.clearContext();

        String code;
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            logInFirstTime(page, staff[0], staff[1]);
            page.navigate("/deltagare/" + personId);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avslutsenkät")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa kod")).click();
            Locator shown = page.locator(".one-time-password");
            assertThat(shown).hasText(java.util.regex.Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}"));
            code = shown.textContent().strip();
            // The code runs out three hours on, said in Swedish time: "i morgon" when that is after midnight.
            java.time.ZonedDateTime expires = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Stockholm"))
                    .plusHours(3);
            String day = expires.toLocalDate().equals(LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")))
                    ? "i dag" : "i morgon";
            assertThat(page.getByText(java.util.regex.Pattern.compile(
                    "Koden gäller en gång, till kl\\. \\d\\d:\\d\\d " + day + "\\."))).isVisible();
        }

        try (BrowserContext tablet = newContext()) {
            Page page = tablet.newPage();
            page.navigate("/enkat");
            page.getByLabel("Kod").fill(code.toLowerCase());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Börja")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vad tycker du?"))).isVisible();
            assertThat(page.getByText("Hedda")).hasCount(0);
            Locator groups = page.getByRole(AriaRole.RADIOGROUP);
            groups.nth(0).getByText("5", new Locator.GetByTextOptions().setExact(true)).click();
            groups.nth(1).getByText("6", new Locator.GetByTextOptions().setExact(true)).click();
            groups.nth(2).getByText("4", new Locator.GetByTextOptions().setExact(true)).click();
            page.getByLabel("Vad har varit bra?").fill("Lugnet");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svaren")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tack för dina svar!")))
                    .isVisible();
        }

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            logInFirstTime(page, coordinator[0], coordinator[1]);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enkätresultat")).click();
            assertThat(page.getByText("har 1 besvarat avslutsenkäten")).isVisible();
            Locator row = page.locator("vaadin-grid-cell-content");
            assertThat(row.getByText("Jag känner mig mer redo att ta nästa steg")).isVisible();
            assertThat(row.getByText("6,0", new Locator.GetByTextOptions().setExact(true))).isVisible();
            assertThat(row.getByText("5,0", new Locator.GetByTextOptions().setExact(true))).isVisible();
            assertThat(page.getByText("Lugnet")).isVisible();
        }
    }
}
