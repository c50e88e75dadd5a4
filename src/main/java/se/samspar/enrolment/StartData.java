package se.samspar.enrolment;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The decision on a referral (none yet for a bare referral) and, for an accepted participant who starts, what is registered at
 * start (inregistrering): start date, contact persons, consent and the start data.
 */
public record StartData(@Nullable Decision decision, @Nullable String decisionReason, @Nullable LocalDate startDate,
                        @Nullable Long contactPerson1Id, @Nullable Long contactPerson2Id,
                        @Nullable LocalDate consentGivenDate, boolean consentWritten, @Nullable String education,
                        Set<String> supportAtStart, @Nullable Integer yearsInSupport,
                        @Nullable String overBudgetReason, @Nullable String ageOverrideReason) {

    public StartData {
        supportAtStart = supportAtStart == null ? Set.of() : Set.copyOf(supportAtStart);
    }
}
