package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.assessment.AssessmentDraft;
import se.samspar.assessment.AssessmentFacts.Kind;
import se.samspar.assessment.AssessmentService;
import se.samspar.assessment.AssessmentTemplate;
import se.samspar.base.Role;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;

/**
 * In a real browser: the coordinator opens Bedömningsmallar for a programme whose template is in
 * use, is told a save makes a new version, sees an emptied name marked, and saves version 2.
 * Leaves a screenshot of the page with the mark in target/screenshots.
 */
class AssessmentTemplateBrowserTest extends BrowserTest {

    @Autowired
    AssessmentService assessments;

    @Test
    void the_coordinator_is_told_of_the_new_version_sees_the_mark_and_saves_version_2() {
        LocalDate today = LocalDate.now();
        long programmeId = newProgramme("Mallprogram", ProgrammeKind.INDIVIDUAL, 12);
        String[] coordinator = newCoordinator("Carin Mall", programmeId);
        String[] staff = newStaff("Sam Stegare", programmeId);
        long enrolmentId = startedParticipant(staff[0], programmeId, "Siri", "Bedömd", Kon.KVINNA,
                today.minusWeeks(3));
        AssessmentDraft start = new AssessmentDraft(today.minusWeeks(2), Kind.START, 2);
        AssessmentTemplate.defaultDimensions().forEach(d -> start.score(d.code(), 3, null));
        assessments.record(enrolmentId, start);
        SecurityContextHolder.clearContext();

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.setViewportSize(1280, 900);
            page.navigate("/login");
            logInFirstTime(page, coordinator[0], coordinator[1]);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bedömningsmallar")).click();
            assertThat(page.getByText("Version 1 gäller nu", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page.locator(".assessment-template-in-use"))
                    .containsText("Bedömningar finns redan – en ny version skapas");

            Locator second = page.locator(".dimension-editor").nth(1).getByLabel("Område", new Locator.GetByLabelOptions().setExact(true));
            second.fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
            // At the field (a screen reader's live region says it too).
            assertThat(page.locator(".dimension-editor").nth(1).getByText("Varje område behöver ett namn",
                    new Locator.GetByTextOptions().setExact(false))).isVisible();
            // Tall enough for the whole form: the layout scrolls its content, not the page.
            page.setViewportSize(1280, 2440);
            page.locator("main").evaluate("m => m.scrollIntoView()");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/samordnare-bedomningsmall.png")));

            second.fill("Vardagsstruktur och rutiner");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
            assertThat(page.getByText("version 2 skapades", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page.getByText("Version 2 (gäller nu)", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
        }
        loginAs(coordinator[0], Role.SAMORDNARE);
        AssessmentTemplate now = assessments.template(programmeId);
        org.assertj.core.api.Assertions.assertThat(now.versionNo()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(now.dimensions().get(1).label())
                .isEqualTo("Vardagsstruktur och rutiner");
    }
}
