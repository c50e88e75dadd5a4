package se.samspar.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.samspar.base.InvalidInputException.Problem;
import se.samspar.base.TextInput;

/**
 * What an assessment must satisfy, shared by the form and the service: a day within the
 * enrolment (not before its start, not after its exit, not in the future), a step on the ladder,
 * a score on each dimension's scale, at most one start and one exit assessment, and a reason when
 * an exit assessment is entered without a start assessment (a warning the user may override).
 */
public final class AssessmentRules {

    public static final String REQUIRED = "error.required";

    private AssessmentRules() {
    }

    /**
     * The enrolment the assessment belongs to, and the kinds its other assessments already have
     * (the edited one left out).
     */
    public record Context(@Nullable LocalDate enrolmentStart, @Nullable LocalDate enrolmentEnd, LocalDate today,
                          List<AssessmentFacts.Kind> otherKinds) {
        public Context {
            otherKinds = List.copyOf(otherKinds);
        }

        public boolean hasStart() {
            return otherKinds.contains(AssessmentFacts.Kind.START);
        }
    }

    /** Every broken rule of the draft, field by field ("date", "kind", "step", "score.CODE", "comment.CODE", "overrideReason"). */
    public static List<Problem> problems(AssessmentTemplate template, AssessmentDraft draft, Context context) {
        List<Problem> problems = new ArrayList<>();
        date(draft.getDate(), context).ifPresent(problems::add);
        kind(draft.getKind(), context).ifPresent(problems::add);
        step(template, draft.getStep()).ifPresent(problems::add);
        for (AssessmentTemplate.TemplateDimension d : template.dimensions()) {
            score(d, draft.getScore(d.code())).ifPresent(problems::add);
            TextInput.problem(draft.getComment(d.code()), AssessmentDraft.COMMENT_MAX)
                    .ifPresent(key -> problems.add(new Problem("comment." + d.code(), key, AssessmentDraft.COMMENT_MAX)));
        }
        for (String code : draft.getScores().keySet()) {
            if (template.dimension(code).isEmpty()) {
                problems.add(new Problem("score." + code, "assessment.error.unknown-dimension", code));
            }
        }
        overrideReason(draft.getKind(), draft.getOverrideReason(), context).ifPresent(problems::add);
        return problems;
    }

    public static Optional<Problem> date(@Nullable LocalDate date, Context context) {
        if (date == null) {
            return Optional.of(new Problem("date", REQUIRED));
        }
        if (context.enrolmentStart() == null) {
            return Optional.of(new Problem("date", "assessment.error.not-started"));
        }
        if (date.isBefore(context.enrolmentStart())) {
            return Optional.of(new Problem("date", "assessment.error.before-start", context.enrolmentStart().toString()));
        }
        if (context.enrolmentEnd() != null && date.isAfter(context.enrolmentEnd())) {
            return Optional.of(new Problem("date", "assessment.error.after-exit", context.enrolmentEnd().toString()));
        }
        if (date.isAfter(context.today())) {
            return Optional.of(new Problem("date", "assessment.error.future"));
        }
        return Optional.empty();
    }

    public static Optional<Problem> kind(AssessmentFacts.@Nullable Kind kind, Context context) {
        if (kind == null) {
            return Optional.of(new Problem("kind", REQUIRED));
        }
        if (kind != AssessmentFacts.Kind.FOLLOW_UP && context.otherKinds().contains(kind)) {
            return Optional.of(new Problem("kind", kind == AssessmentFacts.Kind.START
                    ? "assessment.error.second-start" : "assessment.error.second-exit"));
        }
        return Optional.empty();
    }

    public static Optional<Problem> step(AssessmentTemplate template, @Nullable Integer step) {
        if (step == null) {
            return Optional.of(new Problem("step", REQUIRED));
        }
        return template.allowsStep(step) ? Optional.empty()
                : Optional.of(new Problem("step", "assessment.error.step-outside", template.ladder().size()));
    }

    public static Optional<Problem> score(AssessmentTemplate.TemplateDimension dimension, @Nullable Integer value) {
        String field = "score." + dimension.code();
        if (value == null) {
            return Optional.of(new Problem(field, REQUIRED));
        }
        return dimension.allows(value) ? Optional.empty()
                : Optional.of(new Problem(field, "assessment.error.score-outside", dimension.min(), dimension.max()));
    }

    /** Whether the kind needs a reason: an exit assessment when the enrolment has no start assessment. */
    public static boolean needsReason(AssessmentFacts.@Nullable Kind kind, Context context) {
        return kind == AssessmentFacts.Kind.EXIT && !context.hasStart();
    }

    public static Optional<Problem> overrideReason(AssessmentFacts.@Nullable Kind kind, @Nullable String reason,
                                                   Context context) {
        Optional<String> text = TextInput.problem(reason, AssessmentDraft.COMMENT_MAX);
        if (text.isPresent()) {
            return Optional.of(new Problem("overrideReason", text.get(), AssessmentDraft.COMMENT_MAX));
        }
        if (needsReason(kind, context) && (reason == null || reason.isBlank())) {
            return Optional.of(new Problem("overrideReason", "assessment.error.no-start"));
        }
        return Optional.empty();
    }
}
