package se.samspar.report;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.participant.Kon;

/**
 * What the report needs of one enrolment, as a query returns it. Anonymous participants have a
 * birth year but no birth date; their age is counted from the year.
 */
public record EnrolmentFacts(long enrolmentId, long personId, Kon kon, int birthYear, @Nullable LocalDate birthDate,
                             @Nullable LocalDate startDate, @Nullable LocalDate endDate, Set<String> exitReasons,
                             @Nullable String education, Set<String> supportAtStart, @Nullable Integer yearsInSupport,
                             boolean overBudget) {

    public EnrolmentFacts {
        exitReasons = exitReasons == null ? Set.of() : Set.copyOf(exitReasons);
        supportAtStart = supportAtStart == null ? Set.of() : Set.copyOf(supportAtStart);
    }

    /** Registered by mistake: never counted. */
    public boolean counts() {
        return !exitReasons.contains(se.samspar.enrolment.ExitReasons.FELREGISTRERING);
    }

    /** Age in whole years on the day (from the birth year alone when the date is unknown). */
    public int ageOn(LocalDate day) {
        if (birthDate != null) {
            return java.time.Period.between(birthDate, day).getYears();
        }
        return day.getYear() - birthYear;
    }

    public boolean startedIn(Period p) {
        return p.contains(startDate);
    }

    public boolean exitedIn(Period p) {
        return p.contains(endDate);
    }

    public boolean activeDuring(Period p) {
        return startDate != null && !startDate.isAfter(p.to()) && (endDate == null || !endDate.isBefore(p.from()));
    }

    public boolean activeAtEndOf(Period p) {
        return startDate != null && !startDate.isAfter(p.to()) && (endDate == null || endDate.isAfter(p.to()));
    }
}
