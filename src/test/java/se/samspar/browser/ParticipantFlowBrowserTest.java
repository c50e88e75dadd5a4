package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.participant.Kon;
import se.samspar.participant.TestPersonnummer;
import se.samspar.programme.ProgrammeKind;

/** In a real browser: staff register a person, start them, exit them with two reasons, see the timeline. */
class ParticipantFlowBrowserTest extends BrowserTest {

    @Test
    void staff_register_enrol_and_exit_a_participant_and_see_the_timeline() {
        long programmeId = newProgramme("Förrehabilitering", ProgrammeKind.INDIVIDUAL, 12);
        String[] staff = newStaff("Fia Flöde", programmeId);
        String username = staff[0];
        String password = staff[1];
        SecurityContextHolder.clearContext();
        String pnr = TestPersonnummer.of(LocalDate.of(1990, 10, 5), Kon.MAN, 995);

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            logInFirstTime(page, username, password);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deltagare").setExact(true)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ny deltagare")).click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Personnummer").fill(pnr);
            dialog.getByLabel("Förnamn").fill("Adam");
            dialog.getByLabel("Efternamn").fill("Andersson");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Adam Andersson"))).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beslut och start")).click();
            page.getByRole(AriaRole.DIALOG).getByLabel("Startdatum").fill(LocalDate.now().toString());
            page.getByRole(AriaRole.DIALOG).getByLabel("Startdatum").press("Enter");
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
            assertThat(page.getByText("Beslut: Antagen")).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avsluta")).click();
            Locator exit = page.getByRole(AriaRole.DIALOG);
            exit.getByLabel("Avslutsdatum").fill(LocalDate.now().toString());
            exit.getByLabel("Avslutsdatum").press("Enter");
            exit.getByText("Arbete", new Locator.GetByTextOptions().setExact(true)).click();
            exit.getByText("Fortsatt rehabilitering", new Locator.GetByTextOptions().setExact(true)).first().click();
            exit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avsluta")).click();

            assertThat(page.getByText("Avslutad: Arbete, Fortsatt rehabilitering")).isVisible();
            assertThat(page.locator(".enrolment-card .badge, .enrolment-card [theme~=badge]")).hasText("Avslutad");
        }
    }
}
