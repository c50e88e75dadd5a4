package se.samspar.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samspar.assessment.AssessmentFacts;
import se.samspar.assessment.StepFigures;

/**
 * The report's stegförflyttning: the period's figures, the previous period's when the report
 * compares, and the dimensions' labels in the template's order. {@link #NONE} when the
 * assessments are not read (no section).
 */
public record StepReport(Optional<StepFigures.Figures> now, Optional<StepFigures.Figures> previous,
                         Map<String, String> dimensions) {

    public static final StepReport NONE = new StepReport(Optional.empty(), Optional.empty(), Map.of());

    public StepReport {
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
    }

    /** The figures of the period and, when comparing, of the one before, from facts that cover both. */
    public static StepReport of(List<AssessmentFacts> facts, Period period, boolean compare,
                                Map<String, String> dimensions) {
        List<String> codes = List.copyOf(dimensions.keySet());
        return new StepReport(Optional.of(StepFigures.of(facts, period.from(), period.to(), codes)),
                compare ? Optional.of(StepFigures.of(facts, period.previous().from(), period.previous().to(), codes))
                        : Optional.empty(), dimensions);
    }

    /**
     * Whether the report has the section: the programme assesses (has dimensions), or someone was
     * assessed at start and exit in either period.
     */
    public boolean shown() {
        return now.isPresent() && (!dimensions.isEmpty() || !now.get().noneAssessed()
                || previous.map(p -> !p.noneAssessed()).orElse(false));
    }
}
