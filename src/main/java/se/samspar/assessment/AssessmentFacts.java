package se.samspar.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.participant.Kon;

/** One enrolment with its assessments in date order: what the stegförflyttning figures are computed from. */
public record AssessmentFacts(long enrolmentId, long personId, Kon kon, boolean anonymous,
                              @Nullable LocalDate startDate, @Nullable LocalDate endDate, Set<String> exitReasons,
                              Set<String> supportAtStart, List<Assessment> assessments) {

    public enum Kind { START, FOLLOW_UP, EXIT }

    /** One assessment: its day, kind, the ladder step (1 = lowest) and the score per dimension code. */
    public record Assessment(LocalDate date, Kind kind, int step, Map<String, Integer> scores) {
    }
}
