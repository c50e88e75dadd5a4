package se.samspar.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the form enters for one assessment: the day, the kind, the overall step, a score (and an
 * optional comment) per dimension code, and the reason given when an exit assessment is entered
 * without a start assessment. A bean, for the form's binder.
 */
public class AssessmentDraft {

    public static final int COMMENT_MAX = 1000;

    @NotNull
    private @Nullable LocalDate date;
    @NotNull
    private AssessmentFacts.@Nullable Kind kind;
    @NotNull
    private @Nullable Integer step;
    private final Map<String, Score> scores = new LinkedHashMap<>();
    @Size(max = COMMENT_MAX)
    private @Nullable String overrideReason;

    /** A dimension's score with its optional comment. */
    public record Score(@Nullable Integer value, @Nullable String comment) {
    }

    public AssessmentDraft() {
    }

    public AssessmentDraft(@Nullable LocalDate date, AssessmentFacts.@Nullable Kind kind, @Nullable Integer step) {
        this.date = date;
        this.kind = kind;
        this.step = step;
    }

    /** A copy of a recorded assessment, to edit. */
    public static AssessmentDraft of(RecordedAssessment a) {
        AssessmentDraft d = new AssessmentDraft(a.date(), a.kind(), a.step());
        a.scores().forEach((code, s) -> d.scores.put(code, new Score(s.value(), s.comment())));
        d.overrideReason = a.overrideReason();
        return d;
    }

    public AssessmentDraft score(String code, @Nullable Integer value, @Nullable String comment) {
        scores.put(code, new Score(value, comment));
        return this;
    }

    public AssessmentDraft overrideReason(@Nullable String reason) {
        this.overrideReason = reason;
        return this;
    }

    public @Nullable Integer getScore(String code) {
        Score s = scores.get(code);
        return s == null ? null : s.value();
    }

    public void setScore(String code, @Nullable Integer value) {
        scores.put(code, new Score(value, getComment(code)));
    }

    public @Nullable String getComment(String code) {
        Score s = scores.get(code);
        return s == null ? null : s.comment();
    }

    public void setComment(String code, @Nullable String comment) {
        scores.put(code, new Score(getScore(code), comment));
    }

    public Map<String, Score> getScores() {
        return Map.copyOf(scores);
    }

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public AssessmentFacts.@Nullable Kind getKind() {
        return kind;
    }

    public void setKind(AssessmentFacts.@Nullable Kind kind) {
        this.kind = kind;
    }

    public @Nullable Integer getStep() {
        return step;
    }

    public void setStep(@Nullable Integer step) {
        this.step = step;
    }

    public @Nullable String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(@Nullable String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
