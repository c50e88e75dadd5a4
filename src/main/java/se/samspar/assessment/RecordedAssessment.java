package se.samspar.assessment;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An assessment as stored: its version (for optimistic locking), template version, who assessed
 * (full name, when known), the step and every dimension's score with its comment.
 */
public record RecordedAssessment(long id, long version, long enrolmentId, long templateId, LocalDate date,
                                 AssessmentFacts.Kind kind, int step, @Nullable String assessedBy,
                                 Map<String, AssessmentDraft.Score> scores, @Nullable String overrideReason) {

    public @Nullable Integer score(String code) {
        AssessmentDraft.Score s = scores.get(code);
        return s == null ? null : s.value();
    }
}
