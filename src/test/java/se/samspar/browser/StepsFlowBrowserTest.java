package se.samspar.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import se.samspar.PdfText;
import se.samspar.audit.AuditAction;
import se.samspar.base.Role;
import se.samspar.enrolment.Enrolment;
import se.samspar.enrolment.EnrolmentService;
import se.samspar.enrolment.Exit;
import se.samspar.enrolment.ExitReasons;
import se.samspar.participant.Kon;
import se.samspar.programme.ProgrammeKind;
import se.samspar.report.ReportKind;
import se.samspar.report.ReportService;

/**
 * In a real browser: staff assess a participant at start and, after the exit, at exit; the
 * participant page shows the trajectory chart and both assessments, and the programme report
 * has its Stegförflyttning section with the one assessed participant.
 */
class StepsFlowBrowserTest extends BrowserTest {

    @Autowired
    EnrolmentService enrolments;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_assess_at_start_and_exit_see_the_trajectory_and_the_report_has_the_section() throws Exception {
        LocalDate today = LocalDate.now();
        long programmeId = newProgramme("Stegprogram", ProgrammeKind.INDIVIDUAL, 12);
        String[] coordinator = newCoordinator("Cecilia Steg", programmeId);
        String[] staff = newStaff("Sten Stegare", programmeId);
        long enrolmentId = startedParticipant(staff[0], programmeId, "Stina", "Stegvandrare", Kon.KVINNA,
                today.minusMonths(2));
        long personId = jdbc.queryForObject("SELECT person_id FROM enrolment WHERE id = ?", Long.class, enrolmentId);
        SecurityContextHolder.clearContext();

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            logInFirstTime(page, staff[0], staff[1]);
            page.navigate("/deltagare/" + personId);
            Locator section = page.locator(".assessment-section");
            assertThat(section.getByText("Inga bedömningar ännu", new Locator.GetByTextOptions().setExact(false)))
                    .isVisible();

            // Start: the form proposes a start assessment; dated a week ago, step 2, every score 2.
            assess(page, section, today.minusWeeks(1), 2, 2);
            assertThat(section.locator(".assessment-head")).hasCount(1);
            assertThat(section.locator(".assessment-head")).containsText(
                    today.minusWeeks(1) + " · Startbedömning · steg 2 av 7");

            loginAs(staff[0], Role.PERSONAL);
            Enrolment e = enrolments.fileOf(personId, AuditAction.VIEW).enrolments().getFirst();
            enrolments.exit(e.getId(), e.getVersion(), new Exit(today, Set.of(ExitReasons.FORTSATT_REHABILITERING),
                    null, null, Set.of(), false));
            SecurityContextHolder.clearContext();
            page.reload();

            // Exit: the form now proposes the exit assessment on the exit day; step 5, every score 4.
            assess(page, section, null, 5, 4);
            Locator heads = section.locator(".assessment-head");
            assertThat(heads).hasCount(2);
            assertThat(heads.nth(0)).containsText(today.minusWeeks(1) + " · Startbedömning · steg 2 av 7");
            assertThat(heads.nth(1)).containsText(today + " · Slutbedömning · steg 5 av 7");
            assertThat(section.locator(".assessment-scores").nth(1)).containsText("Hälsa 4");
            Locator chart = section.locator(".assessment-chart svg, svg.assessment-chart").first();
            assertThat(chart).isVisible();
            assertThat(chart).containsText("start");
            assertThat(chart).containsText("slut");
        }

        loginAs(coordinator[0], Role.SAMORDNARE);
        String report = PdfText.of(reports.generate(programmeId, ReportKind.DELAR, today.minusMonths(6), today,
                false, false));
        org.assertj.core.api.Assertions.assertThat(report).contains("Stegförflyttning",
                "har 1 bedömts både vid start och vid avslut");
    }

    /** "Ny bedömning", the day if given, the step and one score for every dimension, "Spara". */
    private static void assess(Page page, Locator section, LocalDate day, int step, int score) {
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ny bedömning")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        if (day != null) {
            dialog.getByLabel("Bedömningsdatum").fill(day.toString());
            dialog.getByLabel("Bedömningsdatum").press("Enter");
        }
        choose(page, dialog.locator("vaadin-select:not(.assessment-score)").nth(1), step);
        Locator scores = dialog.locator("vaadin-select.assessment-score");
        assertThat(scores).hasCount(6);
        for (int i = 0; i < 6; i++) {
            choose(page, scores.nth(i), score);
        }
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara")).click();
        assertThat(dialog).isHidden();
    }

    private static void choose(Page page, Locator select, int value) {
        select.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^" + value + " – "))).click();
        // The list closes before the next one opens: two open lists at once offered the same option twice.
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0);
    }
}
