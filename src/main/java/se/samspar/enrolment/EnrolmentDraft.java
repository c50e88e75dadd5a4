package se.samspar.enrolment;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What staff enter when a person is referred to a programme and, where already known, the
 * decision, start, consent and start data (inregistrering).
 */
public record EnrolmentDraft(long programmeId, LocalDate referralDate, @Nullable String referringPartner,
                             @Nullable String handlaggareName, @Nullable String handlaggareContact,
                             @Nullable Decision decision, @Nullable String decisionReason,
                             @Nullable LocalDate startDate, @Nullable Long contactPerson1Id,
                             @Nullable Long contactPerson2Id, @Nullable LocalDate consentGivenDate,
                             boolean consentWritten, @Nullable String education,
                             Set<String> supportAtStart, @Nullable Integer yearsInSupport,
                             @Nullable String overBudgetReason, @Nullable String ageOverrideReason) {

    public EnrolmentDraft {
        supportAtStart = supportAtStart == null ? Set.of() : Set.copyOf(supportAtStart);
    }

    /** The decision and start part of the draft, checked and applied like a later decision. */
    public StartData decisionAndStart() {
        return new StartData(decision, decisionReason, startDate, contactPerson1Id, contactPerson2Id, consentGivenDate,
                consentWritten, education, supportAtStart, yearsInSupport, overBudgetReason, ageOverrideReason);
    }

    /** A referral that is accepted and starts on the given day, with consent given that day. */
    public static EnrolmentDraft startingOn(long programmeId, LocalDate referral, LocalDate start) {
        return new EnrolmentDraft(programmeId, referral, null, null, null, Decision.ANTAGEN, null, start,
                null, null, start, true, null, Set.of(), null, null, null);
    }

    public EnrolmentDraft withStartData(String education, Set<String> support, Integer years) {
        return new EnrolmentDraft(programmeId, referralDate, referringPartner, handlaggareName, handlaggareContact,
                decision, decisionReason, startDate, contactPerson1Id, contactPerson2Id, consentGivenDate,
                consentWritten, education, support, years, overBudgetReason, ageOverrideReason);
    }

    public EnrolmentDraft withOverrides(@Nullable String overBudget, @Nullable String age) {
        return new EnrolmentDraft(programmeId, referralDate, referringPartner, handlaggareName, handlaggareContact,
                decision, decisionReason, startDate, contactPerson1Id, contactPerson2Id, consentGivenDate,
                consentWritten, education, supportAtStart, yearsInSupport, overBudget, age);
    }
}
