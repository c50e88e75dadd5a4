package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.IntegrationTest;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.participant.TestPersonnummer;
import se.samspar.programme.PlaceAllocation;
import se.samspar.programme.PlaceKind;
import se.samspar.programme.Programme;
import se.samspar.programme.ProgrammeService;
import se.samspar.security.UserDraft;
import se.samspar.security.UserService;

/** In a real browser: staff register a person, start them, exit them with two reasons, see the timeline. */
class ParticipantFlowBrowserTest extends IntegrationTest {

    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ProgrammeService programmes;

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

    @Test
    void staff_register_enrol_and_exit_a_participant_and_see_the_timeline() {
        loginAs("test-setup", Role.ADMIN);
        Programme p = new Programme();
        p.setName(unique("Förrehabilitering"));
        p.setActiveFrom(LocalDate.of(2018, 1, 1));
        long programmeId = programmes.save(p).getId();
        PlaceAllocation places = new PlaceAllocation(programmes.get(programmeId));
        places.setKind(PlaceKind.BUDGETED);
        places.setPlaces(12);
        places.setValidFrom(LocalDate.of(2018, 1, 1));
        programmes.savePlaces(places);
        String username = "flow-" + Long.toString(System.nanoTime(), 36);
        String password = users.create(new UserDraft(username, "Fia Flöde", null, Set.of(Role.PERSONAL), Set.of(programmeId)));
        SecurityContextHolder.clearContext();
        String pnr = TestPersonnummer.of(LocalDate.of(1990, 10, 5), Kon.MAN, 995);

        try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Användarnamn").fill(username);
            page.getByLabel("Lösenord").fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

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
