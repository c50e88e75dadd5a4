package se.samspar.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspar.participant.EarlyWarningRule.Mark.ABSENT;
import static se.samspar.participant.EarlyWarningRule.Mark.CANCELLED_WITH_NOTICE;
import static se.samspar.participant.EarlyWarningRule.Mark.NOT_TAKEN;
import static se.samspar.participant.EarlyWarningRule.Mark.PRESENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samspar.participant.EarlyWarningRule.HeldSession;
import se.samspar.participant.EarlyWarningRule.Mark;

/** The early warning's rule, without Spring: absences in a row and four weeks without contact. */
class EarlyWarningRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate LONG_AGO = TODAY.minusWeeks(10);

    /** Weekly sessions ending last week, the marks in date order. */
    private static List<HeldSession> weekly(Mark... marks) {
        List<HeldSession> sessions = new ArrayList<>();
        for (int i = 0; i < marks.length; i++) {
            sessions.add(new HeldSession(TODAY.minusWeeks(marks.length - i), marks[i]));
        }
        return sessions;
    }

    @Test
    void three_absences_after_the_last_presence_are_three_in_a_row() {
        assertThat(EarlyWarningRule.absencesInARow(weekly(ABSENT, PRESENT, ABSENT, ABSENT, ABSENT))).isEqualTo(3);
    }

    @Test
    void being_present_at_the_latest_session_ends_the_row() {
        assertThat(EarlyWarningRule.absencesInARow(weekly(ABSENT, ABSENT, ABSENT, PRESENT))).isZero();
    }

    @Test
    void a_session_cancelled_with_notice_or_without_attendance_neither_counts_nor_ends_the_row() {
        assertThat(EarlyWarningRule.absencesInARow(weekly(PRESENT, ABSENT, CANCELLED_WITH_NOTICE, ABSENT,
                NOT_TAKEN, ABSENT))).isEqualTo(3);
        assertThat(EarlyWarningRule.absencesInARow(weekly(ABSENT, CANCELLED_WITH_NOTICE, CANCELLED_WITH_NOTICE)))
                .isEqualTo(1);
    }

    @Test
    void the_row_is_counted_in_date_order_whatever_order_the_sessions_come_in() {
        List<HeldSession> sessions = new ArrayList<>(weekly(PRESENT, ABSENT, ABSENT, ABSENT));
        java.util.Collections.reverse(sessions);
        assertThat(EarlyWarningRule.absencesInARow(sessions)).isEqualTo(3);
    }

    @Test
    void three_absences_in_a_row_flag_an_active_participant_with_recent_contact() {
        var warning = EarlyWarningRule.check(TODAY, LONG_AGO, null,
                weekly(PRESENT, PRESENT, PRESENT, ABSENT, ABSENT, ABSENT), List.of()).orElseThrow();
        assertThat(warning.absences()).isTrue();
        assertThat(warning.absencesInARow()).isEqualTo(3);
        assertThat(warning.noContact()).isFalse();
        assertThat(warning.lastContact()).isEqualTo(TODAY.minusWeeks(4));
    }

    @Test
    void two_absences_in_a_row_and_contact_within_four_weeks_flag_nothing() {
        assertThat(EarlyWarningRule.check(TODAY, LONG_AGO, null, weekly(PRESENT, PRESENT, ABSENT, ABSENT), List.of()))
                .isEmpty();
    }

    @Test
    void no_contact_for_28_days_flags_an_enrolment_started_before_them() {
        var warning = EarlyWarningRule.check(TODAY, LONG_AGO, null, List.of(), List.of()).orElseThrow();
        assertThat(warning.noContact()).isTrue();
        assertThat(warning.lastContact()).isNull();
        assertThat(warning.absences()).isFalse();
    }

    @Test
    void presence_exactly_28_days_ago_is_still_contact_within_four_weeks() {
        List<HeldSession> present = List.of(new HeldSession(TODAY.minusDays(28), PRESENT));
        assertThat(EarlyWarningRule.check(TODAY, LONG_AGO, null, present, List.of())).isEmpty();
        List<HeldSession> earlier = List.of(new HeldSession(TODAY.minusDays(29), PRESENT));
        assertThat(EarlyWarningRule.check(TODAY, LONG_AGO, null, earlier, List.of()).orElseThrow().noContact())
                .isTrue();
    }

    @Test
    void a_registered_contact_counts_as_contact_and_an_absence_does_not() {
        assertThat(EarlyWarningRule.check(TODAY, LONG_AGO, null, List.of(), List.of(TODAY.minusDays(3)))).isEmpty();
        assertThat(EarlyWarningRule.check(TODAY, LONG_AGO, null, weekly(ABSENT), List.of()).orElseThrow().noContact())
                .isTrue();
    }

    @Test
    void an_enrolment_started_28_days_ago_or_later_is_not_flagged_for_missing_contact() {
        assertThat(EarlyWarningRule.check(TODAY, TODAY.minusDays(28), null, List.of(), List.of())).isEmpty();
        assertThat(EarlyWarningRule.check(TODAY, TODAY.minusDays(29), null, List.of(), List.of())).isPresent();
    }

    @Test
    void ended_or_not_yet_started_enrolments_are_never_flagged() {
        List<HeldSession> absent = weekly(ABSENT, ABSENT, ABSENT);
        assertThat(EarlyWarningRule.check(TODAY, LONG_AGO, TODAY, absent, List.of())).isEmpty();
        assertThat(EarlyWarningRule.check(TODAY, LONG_AGO, TODAY.minusDays(1), absent, List.of())).isEmpty();
        assertThat(EarlyWarningRule.check(TODAY, TODAY.plusDays(1), null, absent, List.of())).isEmpty();
        assertThat(EarlyWarningRule.check(TODAY, null, null, absent, List.of())).isEmpty();
        assertThat(EarlyWarningRule.check(TODAY, LONG_AGO, TODAY.plusDays(1), absent, List.of())).isPresent();
    }

    @Test
    void sessions_after_today_are_not_held_and_do_not_count() {
        List<HeldSession> sessions = new ArrayList<>(weekly(PRESENT, ABSENT, ABSENT));
        sessions.add(new HeldSession(TODAY.plusDays(2), ABSENT));
        assertThat(EarlyWarningRule.check(TODAY, LONG_AGO, null, sessions, List.of())).isEmpty();
    }
}
