package se.samspar.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspar.assessment.AssessmentFacts.Kind;
import se.samspar.base.InvalidInputException.Problem;

class AssessmentRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 2, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final AssessmentTemplate TEMPLATE = new AssessmentTemplate(1, 1, 1,
            AssessmentTemplate.defaultDimensions(), AssessmentTemplate.defaultLadder(), 0);

    private static AssessmentRules.Context active(Kind... others) {
        return new AssessmentRules.Context(START, null, TODAY, List.of(others));
    }

    private static AssessmentDraft complete(LocalDate date, Kind kind) {
        AssessmentDraft d = new AssessmentDraft(date, kind, 3);
        TEMPLATE.dimensions().forEach(dim -> d.score(dim.code(), 3, null));
        return d;
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void a_complete_start_assessment_within_the_enrolment_breaks_no_rule() {
        assertThat(AssessmentRules.problems(TEMPLATE, complete(START, Kind.START), active())).isEmpty();
    }

    @Test
    void a_score_outside_the_scale_is_refused_with_the_scale_named() {
        AssessmentDraft d = complete(START, Kind.START).score("HALSA", 6, null).score("MOTIVATION", 0, null);
        List<Problem> problems = AssessmentRules.problems(TEMPLATE, d, active());

        assertThat(keys(problems)).containsExactly("score.HALSA:assessment.error.score-outside",
                "score.MOTIVATION:assessment.error.score-outside");
        assertThat(problems.getFirst().arguments()).containsExactly(1, 5);
    }

    @Test
    void a_step_outside_the_ladder_and_a_missing_score_are_refused_together() {
        AssessmentDraft d = complete(START, Kind.START);
        d.setStep(8);
        d.setScore("NARVARO", null);

        assertThat(keys(AssessmentRules.problems(TEMPLATE, d, active()))).containsExactly(
                "step:assessment.error.step-outside", "score.NARVARO:error.required");
    }

    @Test
    void an_assessment_before_the_start_or_after_the_exit_is_refused() {
        assertThat(AssessmentRules.date(START.minusDays(1), active()).map(Problem::messageKey))
                .contains("assessment.error.before-start");
        var exited = new AssessmentRules.Context(START, LocalDate.of(2026, 5, 1), TODAY, List.of(Kind.START));
        assertThat(AssessmentRules.date(LocalDate.of(2026, 5, 2), exited).map(Problem::messageKey))
                .contains("assessment.error.after-exit");
        assertThat(AssessmentRules.date(LocalDate.of(2026, 5, 1), exited)).isEmpty();
        assertThat(AssessmentRules.date(TODAY.plusDays(1), active()).map(Problem::messageKey))
                .contains("assessment.error.future");
    }

    @Test
    void an_enrolment_not_yet_started_cannot_be_assessed() {
        var notStarted = new AssessmentRules.Context(null, null, TODAY, List.of());
        assertThat(AssessmentRules.date(TODAY, notStarted).map(Problem::messageKey))
                .contains("assessment.error.not-started");
    }

    @Test
    void an_exit_assessment_without_a_start_assessment_needs_a_reason_and_is_accepted_with_one() {
        AssessmentDraft exit = complete(TODAY, Kind.EXIT);
        assertThat(keys(AssessmentRules.problems(TEMPLATE, exit, active())))
                .containsExactly("overrideReason:assessment.error.no-start");

        exit.overrideReason("Startbedömningen gjordes på papper och har kommit bort");
        assertThat(AssessmentRules.problems(TEMPLATE, exit, active())).isEmpty();
        assertThat(AssessmentRules.problems(TEMPLATE, complete(TODAY, Kind.EXIT).overrideReason(null),
                active(Kind.START))).as("with a start assessment no reason is asked").isEmpty();
    }

    @Test
    void a_second_start_or_exit_assessment_is_refused_but_follow_ups_may_be_many() {
        assertThat(AssessmentRules.kind(Kind.START, active(Kind.START)).map(Problem::messageKey))
                .contains("assessment.error.second-start");
        assertThat(AssessmentRules.kind(Kind.EXIT, active(Kind.START, Kind.EXIT)).map(Problem::messageKey))
                .contains("assessment.error.second-exit");
        assertThat(AssessmentRules.kind(Kind.FOLLOW_UP, active(Kind.START, Kind.FOLLOW_UP))).isEmpty();
    }

    @Test
    void a_score_for_a_dimension_the_template_does_not_have_is_refused() {
        AssessmentDraft d = complete(START, Kind.START).score("BOENDE", 3, null);
        assertThat(keys(AssessmentRules.problems(TEMPLATE, d, active())))
                .containsExactly("score.BOENDE:assessment.error.unknown-dimension");
    }

    @Test
    void a_template_with_a_duplicate_code_a_one_value_scale_and_a_one_step_ladder_is_refused() {
        var one = new AssessmentTemplate.TemplateDimension("HALSA", "Hälsa",
                List.of(new AssessmentTemplate.ScaleStep(1, "Bra")));
        var twin = new AssessmentTemplate.TemplateDimension("HALSA", "Hälsa igen", AssessmentTemplate.defaultScale());
        assertThat(TemplateRules.problems(List.of(one, twin), List.of("Bara ett steg")).stream()
                .map(Problem::messageKey)).containsExactly("assessment.error.scale", "assessment.error.dimension-code",
                "assessment.error.ladder");
        assertThat(TemplateRules.problems(AssessmentTemplate.defaultDimensions(), AssessmentTemplate.defaultLadder()))
                .isEmpty();
    }
}
