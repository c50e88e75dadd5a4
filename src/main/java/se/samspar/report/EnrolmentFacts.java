package se.samspar.report;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.samspar.participant.Kon;

/**
 * What the report needs of one enrolment, as a query returns it. Anonymous participants (no
 * consent, protected identity) have a birth year but no birth date, and are reported apart.
 */
public record EnrolmentFacts(long enrolmentId, long personId, Kon kon, int birthYear, @Nullable LocalDate birthDate,
                             @Nullable LocalDate startDate, @Nullable LocalDate endDate, Set<String> exitReasons,
                             @Nullable String education, Set<String> supportAtStart, @Nullable Integer yearsInSupport,
                             boolean overBudget, boolean anonymous) {

    public EnrolmentFacts {
        exitReasons = exitReasons == null ? Set.of() : Set.copyOf(exitReasons);
        supportAtStart = supportAtStart == null ? Set.of() : Set.copyOf(supportAtStart);
    }

    /** A participant registered with personal data. */
    public EnrolmentFacts(long enrolmentId, long personId, Kon kon, int birthYear, @Nullable LocalDate birthDate,
                          @Nullable LocalDate startDate, @Nullable LocalDate endDate, Set<String> exitReasons,
                          @Nullable String education, Set<String> supportAtStart, @Nullable Integer yearsInSupport,
                          boolean overBudget) {
        this(enrolmentId, personId, kon, birthYear, birthDate, startDate, endDate, exitReasons, education,
                supportAtStart, yearsInSupport, overBudget, false);
    }

    /** Registered by mistake: never counted. */
    public boolean counts() {
        return !exitReasons.contains(se.samspar.enrolment.ExitReasons.FELREGISTRERING);
    }

    /**
     * Counted in the figures about persons: registered with personal data, as in SUS. Anonymous
     * enrolments occupy places but are reported apart.
     */
    public boolean named() {
        return counts() && !anonymous;
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
