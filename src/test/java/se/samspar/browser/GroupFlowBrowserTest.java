package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.base.Role;
import se.samspar.enrolment.EnrolmentDraft;
import se.samspar.participant.Kon;
import se.samspar.participant.PersonDraft;
import se.samspar.participant.PersonService;
import se.samspar.participant.TestPersonnummer;
import se.samspar.programme.ProgrammeKind;
import se.samspar.session.SeriesPlan;

/**
 * In a real browser: a coordinator creates a 4-week Monday and Thursday group, adds two participants at once,
 * takes attendance for one session and sees the attendance rate on the participant page.
 */
class GroupFlowBrowserTest extends BrowserTest {

    @Autowired
    PersonService persons;

    @Test
    void coordinator_schedules_a_group_takes_attendance_and_sees_the_rate_on_the_participant_page() {
        long programmeId = newProgramme("Förrehabilitering", ProgrammeKind.INDIVIDUAL, 12);
        String[] coordinator = newCoordinator("Greta Gruppledare", programmeId);
        loginAs(newStaff("Sten Stöd", programmeId)[0], Role.PERSONAL);
        LocalDate today = LocalDate.now();
        long personId = persons.registerAndRefer(PersonDraft.identified(TestPersonnummer.of(LocalDate.of(1986, 5, 20),
                        Kon.KVINNA, 994), "Gun", "Gruppsson", null),
                EnrolmentDraft.startingOn(programmeId, today.minusWeeks(6), today.minusWeeks(5))).personId();
        persons.registerAndRefer(PersonDraft.identified(TestPersonnummer.of(LocalDate.of(1979, 2, 11), Kon.MAN, 993),
                "Gösta", "Gruppsson", null), EnrolmentDraft.startingOn(programmeId, today.minusWeeks(6), today.minusWeeks(4)));
        SecurityContextHolder.clearContext();
        LocalDate monday = today.minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // The sessions already held when the page is read: those before today (none is marked today).
        long held = SeriesPlan.weekly(monday, 4, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 0), true).sessions().stream().filter(s -> s.date().isBefore(today)).count();

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            logInFirstTime(page, coordinator[0], coordinator[1]);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Grupper").setExact(true)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ny grupp")).click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Namn").fill("Måndag och torsdag");
            dialog.getByLabel("Startdatum").fill(monday.toString());
            dialog.getByLabel("Startdatum").press("Enter");
            dialog.getByLabel("Slutdatum").fill(monday.plusWeeks(4).toString());
            dialog.getByLabel("Slutdatum").press("Enter");
            dialog.getByLabel("Ledare").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Greta Gruppledare")).click();
            dialog.getByLabel("Ledare").press("Escape");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Måndag och torsdag")))
                    .isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa serie")).click();
            Locator series = page.getByRole(AriaRole.DIALOG);
            series.getByText("måndag", new Locator.GetByTextOptions().setExact(true)).click();
            series.getByText("torsdag", new Locator.GetByTextOptions().setExact(true)).click();
            assertThat(series.getByText("Serien ger 8 tillfällen", new Locator.GetByTextOptions().setExact(false)))
                    .isVisible();
            series.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skapa serie")).click();
            assertThat(page.getByText("8 tillfällen skapades")).isVisible();

            // Both at once, from a list that shows where each stands; then no one is left to offer.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till deltagare")).click();
            Locator add = page.getByRole(AriaRole.DIALOG);
            Locator offered = add.locator("vaadin-grid-cell-content");
            assertThat(offered.getByText("Aktiv sedan " + today.minusWeeks(5))).isVisible();
            offered.getByText("Gun Gruppsson").click();
            offered.getByText("Gösta Gruppsson").click();
            assertThat(add.getByText("2 valda")).isVisible();
            add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lägg till valda")).click();
            assertThat(page.getByText("2 deltagare lades till")).isVisible();
            Locator members = page.locator(".group-members vaadin-grid-cell-content");
            assertThat(members.getByText("Gun Gruppsson")).isVisible();
            assertThat(members.getByText("Gösta Gruppsson")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till deltagare")).click();
            assertThat(page.getByRole(AriaRole.DIALOG).getByText("Alla antagna deltagare i programmet är redan med"))
                    .isVisible();
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avbryt"))
                    .click();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Närvaro").setExact(true)).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Måndag och torsdag – pass 1")))
                    .isVisible();
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Gun Gruppsson"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Närvarande")).click();
            assertThat(page.getByText("1 närvarande · 0 frånvarande · 0 avbokat · 1 ej registrerade")).isVisible();

            page.navigate("/deltagare/" + personId);
            assertThat(page.getByText("Närvaro vid gruppträffar: 1 av " + held + " tillfällen ("
                    + Math.round(100.0 / held) + " %)")).isVisible();
        }
    }
}
