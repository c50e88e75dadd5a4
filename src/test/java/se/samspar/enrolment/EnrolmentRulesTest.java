package se.samspar.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrolmentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate REFERRED = LocalDate.of(2018, 8, 20);
    private static final LocalDate START = LocalDate.of(2018, 9, 3);

    private static Exit exit(LocalDate end, Set<String> reasons, String comment) {
        return new Exit(end, reasons, comment, null, Set.of(), false);
    }

    @Test
    void a_start_before_the_referral_is_refused() {
        assertThat(EnrolmentRules.checkStartDate(REFERRED, REFERRED.minusDays(1)))
                .contains("enrolment.error.start-before-referral");
        assertThat(EnrolmentRules.checkStartDate(REFERRED, REFERRED)).isEmpty();
    }

    @Test
    void a_referral_cannot_be_dated_in_the_future() {
        assertThat(EnrolmentRules.checkReferralDate(TODAY.plusDays(1), TODAY)).contains("enrolment.error.referral-in-future");
        assertThat(EnrolmentRules.checkReferralDate(TODAY, TODAY)).isEmpty();
    }

    @Test
    void declining_needs_a_reason() {
        assertThat(EnrolmentRules.checkDecisionReason(Decision.EJ_AKTUELL, " "))
                .contains("enrolment.error.decline-reason-required");
        assertThat(EnrolmentRules.checkDecisionReason(Decision.EJ_AKTUELL, "Behöver i första hand vård")).isEmpty();
        assertThat(EnrolmentRules.checkDecisionReason(Decision.ANTAGEN, null)).isEmpty();
    }

    @Test
    void only_an_accepted_participant_can_start() {
        assertThat(EnrolmentRules.checkStartNeedsAcceptance(Decision.VANTELISTA, START))
                .contains("enrolment.error.start-needs-acceptance");
        assertThat(EnrolmentRules.checkStartNeedsAcceptance(Decision.ANTAGEN, START)).isEmpty();
    }

    @Test
    void an_exit_before_the_start_is_refused_at_the_end_date() {
        assertThat(EnrolmentRules.validate(START, exit(START.minusDays(1), Set.of(ExitReasons.ARBETE), null), TODAY))
                .contains(new EnrolmentRules.Violation("endDate", "enrolment.error.exit-before-start"));
    }

    @Test
    void an_exit_needs_at_least_one_reason() {
        assertThat(EnrolmentRules.validate(START, exit(START.plusMonths(3), Set.of(), null), TODAY))
                .contains(new EnrolmentRules.Violation("reasons", "enrolment.error.exit-reasons-required"));
    }

    @Test
    void the_reason_other_needs_a_comment() {
        assertThat(EnrolmentRules.validate(START, exit(START.plusMonths(3), Set.of(ExitReasons.OVRIGT), "  "), TODAY))
                .contains(new EnrolmentRules.Violation("otherComment", "enrolment.error.other-needs-comment"));
        assertThat(EnrolmentRules.validate(START, exit(START.plusMonths(3), Set.of(ExitReasons.OVRIGT), "Flyttat utomlands"), TODAY))
                .isEmpty();
    }

    @Test
    void two_reasons_at_once_are_a_valid_exit() {
        assertThat(EnrolmentRules.validate(START,
                exit(START.plusMonths(3), Set.of(ExitReasons.ARBETE, ExitReasons.FORTSATT_REHABILITERING), null), TODAY))
                .isEmpty();
    }

    @Test
    void a_felregistrering_is_never_counted() {
        assertThat(exit(START, Set.of(ExitReasons.FELREGISTRERING), null).countsInStatistics()).isFalse();
        assertThat(exit(START, Set.of(ExitReasons.SJUKDOM), null).countsInStatistics()).isTrue();
    }

    @Test
    void a_second_open_enrolment_in_the_same_programme_is_refused() {
        assertThat(EnrolmentRules.checkNoOtherOpenEnrolment(List.of(EnrolmentStatus.AVSLUTAD, EnrolmentStatus.AKTIV)))
                .contains("enrolment.error.already-open");
        assertThat(EnrolmentRules.checkNoOtherOpenEnrolment(List.of(EnrolmentStatus.AVSLUTAD, EnrolmentStatus.EJ_AKTUELL)))
                .isEmpty();
    }

    @Test
    void an_age_outside_the_limits_is_a_warning_that_a_reason_overrides() {
        // Hikikomori: 16–29 years
        assertThat(EnrolmentRules.checkAgeAtStart(30, 16, 29, null)).contains("enrolment.warning.age-outside-limits");
        assertThat(EnrolmentRules.checkAgeAtStart(30, 16, 29, "Fyller 30 nästa vecka, avslutas då")).isEmpty();
        assertThat(EnrolmentRules.checkAgeAtStart(29, 16, 29, null)).isEmpty();
        assertThat(EnrolmentRules.checkAgeAtStart(70, null, null, null)).isEmpty();
    }

    @Test
    void starting_beyond_the_budgeted_places_needs_a_reason() {
        // Förrehabilitering 2018: 12 places, 13 started.
        assertThat(EnrolmentRules.checkPlaceAvailable(13, 12, null)).contains("enrolment.warning.over-budget");
        assertThat(EnrolmentRules.checkPlaceAvailable(13, 12, "Orimligt att vänta till nästa start")).isEmpty();
        assertThat(EnrolmentRules.checkPlaceAvailable(12, 12, null)).isEmpty();
    }

    @Test
    void contact_persons_are_two_different_members_of_the_programme_staff() {
        Set<Long> staff = Set.of(1L, 2L);
        assertThat(EnrolmentRules.checkContactPersons(1L, 3L, staff)).contains("enrolment.error.contact-not-in-programme");
        assertThat(EnrolmentRules.checkContactPersons(1L, 1L, staff)).contains("enrolment.error.contacts-same");
        assertThat(EnrolmentRules.checkContactPersons(1L, 2L, staff)).isEmpty();
        assertThat(EnrolmentRules.checkContactPersons(1L, null, staff)).isEmpty();
    }
}
