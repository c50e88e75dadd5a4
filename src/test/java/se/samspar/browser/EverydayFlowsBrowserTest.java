package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService;
import se.samspar.session.Group;
import se.samspar.session.GroupDraft;
import se.samspar.session.GroupService;
import se.samspar.session.GroupSession;
import se.samspar.session.SeriesPlan;

/**
 * In a real browser, the everyday frictions a pilot would stop at: a personnummer typed in any
 * common form finds the person; a session still to come takes a cancellation but no presence;
 * publishing an unchanged report again is refused.
 */
class EverydayFlowsBrowserTest extends BrowserTest {

    @Autowired
    PersonService persons;
    @Autowired
    GroupService groups;
    @Autowired
    ReportService reports;

    @Test
    void staff_find_a_person_by_personnummer_typed_with_twelve_or_ten_digits_with_or_without_dash() {
        long programmeId = newProgramme("Sökprogram", ProgrammeKind.INDIVIDUAL, 12);
        String[] staff = newStaff("Siri Sök", programmeId);
        loginAs(staff[0], Role.PERSONAL);
        String pnr = TestPersonnummer.of(LocalDate.of(1966, 4, 23), Kon.KVINNA, 988);
        persons.registerAndRefer(PersonDraft.identified(pnr, "Petra", "Personnummersson", null),
                EnrolmentDraft.startingOn(programmeId, LocalDate.now().minusWeeks(3), LocalDate.now().minusWeeks(2)));
        SecurityContextHolder.clearContext();
        String digits = pnr.replace("-", "");

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            logInFirstTime(page, staff[0], staff[1]);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deltagare").setExact(true)).click();
            Locator search = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                    .setName("Sök på namn eller personnummer"));
            Locator hit = page.locator("vaadin-grid-cell-content").getByText("Petra Personnummersson");
            for (String typed : List.of(digits, digits.substring(2), digits.substring(2, 8) + " " + digits.substring(8),
                    digits.substring(2, 8) + "-" + digits.substring(8))) {
                search.fill("ingen alls");
                search.press("Enter");
                assertThat(hit).isHidden();
                search.fill(typed);
                search.press("Enter");
                assertThat(hit).isVisible();
            }
        }
    }

    @Test
    void a_session_next_week_refuses_present_and_takes_a_cancellation() {
        long programmeId = newProgramme("Närvaro i förväg", ProgrammeKind.INDIVIDUAL, 12);
        String[] coordinator = newCoordinator("Clara Kommande", programmeId);
        long coordinatorId = userId(coordinator[0]);
        String[] staff = newStaff("Stina Snart", programmeId);
        long anna = startedParticipant(staff[0], programmeId, "Anna", "Avbokarsson", Kon.KVINNA,
                LocalDate.now().minusWeeks(2));
        loginAs(coordinator[0], Role.SAMORDNARE);
        LocalDate today = LocalDate.now();
        Group g = groups.createGroup(new GroupDraft(programmeId, unique("Kommande"), today, today.plusWeeks(3),
                Set.of(coordinatorId), null, null, null, 5, false, null));
        List<GroupSession> series = groups.generateSeries(g.getId(), SeriesPlan.passes(today, 2,
                Set.of(today.getDayOfWeek()), LocalTime.of(9, 0), LocalTime.of(12, 0), null, false), null);
        groups.addMember(g.getId(), anna, today);
        SecurityContextHolder.clearContext();

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            logInFirstTime(page, staff[0], staff[1]);
            page.navigate("/narvaro/" + series.get(1).getId());
            Locator line = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Anna Avbokarsson"));
            line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Närvarande")).click();
            assertThat(page.getByText("Tillfället har inte varit än", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page.getByText("0 närvarande · 0 frånvarande · 0 avbokat · 1 ej registrerade")).isVisible();
            line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avbokat")).click();
            assertThat(page.getByText("0 närvarande · 0 frånvarande · 1 avbokat · 0 ej registrerade")).isVisible();
        }
    }

    @Test
    void publishing_an_unchanged_report_again_is_refused_and_stays_version_one() {
        long programmeId = newProgramme("Publicering", ProgrammeKind.INDIVIDUAL, 12);
        String[] coordinator = newCoordinator("Rut Rapport", programmeId);
        loginAs(coordinator[0], Role.SAMORDNARE);
        long draftId = reports.createDraft(programmeId, ReportKind.DELAR, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30)).getId();
        SecurityContextHolder.clearContext();

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            logInFirstTime(page, coordinator[0], coordinator[1]);
            page.navigate("/rapporter/" + draftId);
            publish(page);
            assertThat(page.getByText("Rapporten publicerades som version 1")).isVisible();
            assertThat(page.getByText("Publicerad som version 1")).isVisible();
            publish(page);
            assertThat(page.getByText("Utkastet är redan publicerat som version 1", new Page.GetByTextOptions()
                    .setExact(false))).isVisible();
            assertThat(page.getByText("version 2", new Page.GetByTextOptions().setExact(false))).hasCount(0);
        }
    }

    private static void publish(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera").setExact(true)).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Publicera").setExact(true)).click();
    }
}
