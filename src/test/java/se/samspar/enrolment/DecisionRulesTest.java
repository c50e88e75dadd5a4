package se.samspar.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samspar.enrolment.EnrolmentRules.Violation;

/** What "Beslut och start" needs before it may be saved, checked without Spring. */
class DecisionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2018, 9, 3);

    @Test
    void an_admission_without_start_and_consent_names_both() {
        assertThat(DecisionRules.check(Decision.ANTAGEN, null, null, null, false, TODAY)).containsExactly(
                new Violation("startDate", "enrolment.error.start-required"),
                new Violation("consentGivenDate", "enrolment.error.consent-required"));
    }

    @Test
    void an_admission_with_start_and_consent_passes() {
        assertThat(DecisionRules.check(Decision.ANTAGEN, null, TODAY, TODAY.minusDays(1), false, TODAY)).isEmpty();
    }

    @Test
    void an_anonymous_participant_is_admitted_without_a_consent_date() {
        assertThat(DecisionRules.check(Decision.ANTAGEN, null, TODAY, null, true, TODAY)).isEmpty();
    }

    @Test
    void consent_cannot_be_given_in_the_future() {
        assertThat(DecisionRules.check(Decision.ANTAGEN, null, TODAY.plusDays(7), TODAY.plusDays(7), false, TODAY))
                .containsExactly(new Violation("consentGivenDate", "enrolment.error.consent-in-future"));
    }

    @Test
    void no_decision_is_refused_and_nothing_else_is_asked_before_it() {
        assertThat(DecisionRules.check(null, null, null, null, false, TODAY))
                .containsExactly(new Violation("decision", "error.required"));
    }

    @Test
    void a_waiting_list_place_needs_nothing_more_and_a_decline_needs_a_reason() {
        assertThat(DecisionRules.check(Decision.VANTELISTA, null, null, null, false, TODAY)).isEmpty();
        assertThat(DecisionRules.check(Decision.EJ_AKTUELL, " ", null, null, false, TODAY))
                .containsExactly(new Violation("decisionReason", "enrolment.error.decline-reason-required"));
    }
}
