package se.samspar.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspar.enrolment.EnrolmentStatus.on;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnrolmentStatusTest {

    private static final LocalDate REFERRED = LocalDate.of(2018, 8, 20);
    private static final LocalDate START = LocalDate.of(2018, 9, 3);
    private static final LocalDate END = LocalDate.of(2018, 12, 14);

    @Test
    void a_referral_without_decision_is_applied_for() {
        assertThat(on(REFERRED, null, null, null, false)).isEqualTo(EnrolmentStatus.ANSOKT);
    }

    @Test
    void an_accepted_participant_is_applied_for_until_the_start_and_active_from_it() {
        assertThat(on(START.minusDays(1), Decision.ANTAGEN, START, null, false)).isEqualTo(EnrolmentStatus.ANSOKT);
        assertThat(on(START, Decision.ANTAGEN, START, null, false)).isEqualTo(EnrolmentStatus.AKTIV);
    }

    @Test
    void a_waiting_list_place_stays_waiting_until_started() {
        assertThat(on(START, Decision.VANTELISTA, null, null, false)).isEqualTo(EnrolmentStatus.VANTELISTA);
    }

    @Test
    void an_exit_ends_the_enrolment_on_its_day() {
        assertThat(on(END.minusDays(1), Decision.ANTAGEN, START, END, false)).isEqualTo(EnrolmentStatus.AKTIV);
        assertThat(on(END, Decision.ANTAGEN, START, END, false)).isEqualTo(EnrolmentStatus.AVSLUTAD);
    }

    @Test
    void follow_up_lasts_a_year_after_the_exit_when_wanted() {
        assertThat(on(END, Decision.ANTAGEN, START, END, true)).isEqualTo(EnrolmentStatus.UPPFOLJNING);
        assertThat(on(END.plusMonths(12), Decision.ANTAGEN, START, END, true)).isEqualTo(EnrolmentStatus.UPPFOLJNING);
        assertThat(on(END.plusMonths(12).plusDays(1), Decision.ANTAGEN, START, END, true))
                .isEqualTo(EnrolmentStatus.AVSLUTAD);
    }

    @Test
    void a_declined_referral_is_not_relevant_and_not_open() {
        EnrolmentStatus declined = on(START, Decision.EJ_AKTUELL, null, null, false);
        assertThat(declined).isEqualTo(EnrolmentStatus.EJ_AKTUELL);
        assertThat(declined.isOpen()).isFalse();
    }

    @Test
    void applied_waiting_and_active_enrolments_are_open_the_others_are_not() {
        assertThat(EnrolmentStatus.values()).filteredOn(EnrolmentStatus::isOpen)
                .containsExactly(EnrolmentStatus.ANSOKT, EnrolmentStatus.VANTELISTA, EnrolmentStatus.AKTIV);
    }
}
