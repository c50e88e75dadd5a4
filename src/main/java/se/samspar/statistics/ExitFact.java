package se.samspar.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.participant.Kon;

/**
 * What the board's statistics need of one exit from an individual programme, as a query returns
 * it. Wrong registrations are left out before they get here.
 */
public record ExitFact(long enrolmentId, long personId, long programmeId, Kon kon, int ageAtExit,
                       @Nullable String education, @Nullable Integer yearsInSupport, LocalDate startDate,
                       LocalDate endDate, Set<String> exitReasons, @Nullable String occupation,
                       Set<String> supportBefore, Set<String> supportAfter) {

    public ExitFact {
        exitReasons = Set.copyOf(exitReasons);
        supportBefore = Set.copyOf(supportBefore);
        supportAfter = Set.copyOf(supportAfter);
    }

    /** Whole months from start to exit. */
    public int monthsInProgramme() {
        return (int) ChronoUnit.MONTHS.between(startDate, endDate);
    }
}
