package se.samspar.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samspar.enrolment.EnrolmentRules.Violation;

/**
 * What the decision on a referral needs ("Beslut och start"), plain Java for the form and the
 * service alike: a decision; for "antagen" the start date, and, for a participant registered with
 * personal data, the day written consent was given (no later than today: personal data is kept
 * only with consent); for "ej aktuell" a reason. A waiting-list place needs nothing more.
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /**
     * Every broken rule of the decision, in the form's order.
     *
     * @param anonymous the person is registered without personal data (no consent, or skyddade
     *                  personuppgifter): no consent date is asked for
     */
    public static List<Violation> check(@Nullable Decision decision, @Nullable String reason,
                                        @Nullable LocalDate startDate, @Nullable LocalDate consentGiven,
                                        boolean anonymous, LocalDate today) {
        List<Violation> broken = new ArrayList<>();
        if (decision == null) {
            broken.add(new Violation("decision", "error.required"));
            return broken;
        }
        EnrolmentRules.checkDecisionReason(decision, reason).ifPresent(k -> broken.add(new Violation("decisionReason", k)));
        if (decision == Decision.ANTAGEN) {
            if (startDate == null) {
                broken.add(new Violation("startDate", "enrolment.error.start-required"));
            }
            if (consentGiven == null && !anonymous) {
                broken.add(new Violation("consentGivenDate", "enrolment.error.consent-required"));
            }
        }
        if (consentGiven != null && consentGiven.isAfter(today)) {
            broken.add(new Violation("consentGivenDate", "enrolment.error.consent-in-future"));
        }
        return broken;
    }

    /** The same rules on a decision as the start dialog sends it. */
    public static List<Violation> check(StartData data, boolean anonymous, LocalDate today) {
        return check(data.decision(), data.decisionReason(), data.startDate(), data.consentGivenDate(), anonymous, today);
    }
}
