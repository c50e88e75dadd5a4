package se.samspar.assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When an active participant's next assessment is due: the start assessment within a number of
 * weeks of the start (listed from the start on, overdue after), then a follow-up every interval
 * after the latest one (listed a week before it falls due). None once exited or assessed at exit.
 */
public final class AssessmentDue {

    /** A follow-up is listed this many days before it falls due. */
    public static final int NOTICE_DAYS = 7;

    public enum What { START, FOLLOW_UP }

    public record Due(What what, LocalDate dueOn, boolean overdue) {
    }

    /** An assessment already made: its day and kind. */
    public record Made(LocalDate date, AssessmentFacts.Kind kind) {
    }

    private AssessmentDue() {
    }

    public static Optional<Due> of(@Nullable LocalDate start, @Nullable LocalDate end, List<Made> made, LocalDate today,
                                   int startWeeks, int followUpWeeks) {
        if (start == null || start.isAfter(today) || (end != null && !end.isAfter(today))
                || made.stream().anyMatch(m -> m.kind() == AssessmentFacts.Kind.EXIT)) {
            return Optional.empty();
        }
        if (made.stream().noneMatch(m -> m.kind() == AssessmentFacts.Kind.START)) {
            LocalDate due = start.plusWeeks(startWeeks);
            return Optional.of(new Due(What.START, due, today.isAfter(due)));
        }
        LocalDate latest = made.stream().map(Made::date).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate due = latest.plusWeeks(followUpWeeks);
        if (today.isBefore(due.minusDays(NOTICE_DAYS))) {
            return Optional.empty();
        }
        return Optional.of(new Due(What.FOLLOW_UP, due, today.isAfter(due)));
    }
}
