package se.samspar.session;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeriesPlanTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime TWELVE = LocalTime.of(12, 0);

    @Test
    void four_weeks_of_monday_and_thursday_make_eight_sessions_on_those_days() {
        SeriesPlan plan = SeriesPlan.weekly(LocalDate.of(2026, 9, 7), 4, Set.of(MONDAY, THURSDAY), NINE, TWELVE, false);
        assertThat(plan.problem()).isEmpty();
        assertThat(plan.sessions()).extracting(SeriesPlan.Planned::date).containsExactly(
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 17),
                LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 1));
        assertThat(plan.sessions()).extracting(SeriesPlan.Planned::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void a_series_across_the_change_to_and_from_summer_time_keeps_its_clock_times() {
        // Summer time starts on 29 March 2026 and ends on 25 October 2026.
        var spring = SeriesPlan.weekly(LocalDate.of(2026, 3, 23), 2, Set.of(MONDAY), NINE, TWELVE, false).sessions();
        assertThat(spring).allSatisfy(s -> {
            assertThat(s.start()).isEqualTo(NINE);
            assertThat(s.length()).isEqualTo(Duration.ofHours(3));
        });
        var autumn = SeriesPlan.weekly(LocalDate.of(2026, 10, 19), 2, Set.of(MONDAY), NINE, TWELVE, false).sessions();
        assertThat(autumn).extracting(SeriesPlan.Planned::date)
                .containsExactly(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 26));
        assertThat(autumn).allSatisfy(s -> assertThat(s.length()).isEqualTo(Duration.ofHours(3)));
        // A session over the night the clocks change is as long as the clock says it is not.
        var night = SeriesPlan.weekly(LocalDate.of(2026, 3, 29), 1, Set.of(java.time.DayOfWeek.SUNDAY),
                LocalTime.of(1, 0), LocalTime.of(4, 0), false).sessions();
        assertThat(night.getFirst().length()).isEqualTo(Duration.ofHours(2));
        var fallBack = SeriesPlan.weekly(LocalDate.of(2026, 10, 25), 1, Set.of(java.time.DayOfWeek.SUNDAY),
                LocalTime.of(1, 0), LocalTime.of(4, 0), false).sessions();
        assertThat(fallBack.getFirst().length()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void holidays_are_skipped_only_when_asked() {
        // Easter 2026: Långfredag 3 April, Annandag påsk 6 April. Ascension 14 May.
        var with = SeriesPlan.weekly(LocalDate.of(2026, 3, 30), 2, Set.of(MONDAY, java.time.DayOfWeek.FRIDAY),
                NINE, TWELVE, false).sessions();
        var without = SeriesPlan.weekly(LocalDate.of(2026, 3, 30), 2, Set.of(MONDAY, java.time.DayOfWeek.FRIDAY),
                NINE, TWELVE, true).sessions();
        assertThat(with).hasSize(4);
        assertThat(without).extracting(SeriesPlan.Planned::date)
                .containsExactly(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 10));
    }

    @Test
    void a_pass_series_has_its_count_whatever_the_holidays_and_marks_the_intake() {
        var pass = SeriesPlan.passes(LocalDate.of(2026, 12, 1), 24, Set.of(TUESDAY, THURSDAY), LocalTime.of(13, 0),
                LocalTime.of(15, 30), 13, true).sessions();
        assertThat(pass).hasSize(24);
        assertThat(pass).noneMatch(s -> SwedishHolidays.isHoliday(s.date()));
        assertThat(pass).filteredOn(SeriesPlan.Planned::intake).extracting(SeriesPlan.Planned::number).containsExactly(13);
        assertThat(pass).extracting(SeriesPlan.Planned::date).doesNotContain(LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 31));
    }

    @Test
    void impossible_series_are_refused_with_the_field_to_correct() {
        assertThat(SeriesPlan.weekly(LocalDate.of(2026, 9, 7), 4, Set.of(MONDAY), TWELVE, NINE, false).problem())
                .hasValueSatisfying(p -> assertThat(p).containsExactly("end", "session.error.end-before-start"));
        assertThat(SeriesPlan.weekly(LocalDate.of(2026, 9, 7), 4, Set.of(), NINE, TWELVE, false).problem())
                .hasValueSatisfying(p -> assertThat(p[1]).isEqualTo("session.error.no-weekdays"));
        assertThat(SeriesPlan.weekly(LocalDate.of(2026, 9, 7), 101, Set.of(MONDAY, THURSDAY), NINE, TWELVE, false).problem())
                .hasValueSatisfying(p -> assertThat(p).containsExactly("weeks", "session.error.too-many"));
        assertThat(SeriesPlan.weekly(LocalDate.of(2026, 9, 7), 100, Set.of(MONDAY, THURSDAY), NINE, TWELVE, false).problem())
                .isEmpty();
        assertThat(SeriesPlan.passes(LocalDate.of(2026, 9, 7), 201, Set.of(MONDAY), NINE, TWELVE, null, false).problem())
                .hasValueSatisfying(p -> assertThat(p).containsExactly("count", "session.error.too-many"));
        assertThat(SeriesPlan.passes(LocalDate.of(2026, 9, 7), 24, Set.of(MONDAY), NINE, TWELVE, 25, false).problem())
                .hasValueSatisfying(p -> assertThat(p).containsExactly("intakeAt", "session.error.intake-range"));
    }

    @Test
    void the_days_skipped_as_holidays_are_named_and_only_on_the_series_weekdays() {
        // Thursdays from 30 April 2026: Kristi himmelsfärd falls on 14 May; 1 May is a Friday, not a Thursday.
        SeriesPlan plan = SeriesPlan.weekly(LocalDate.of(2026, 4, 30), 3, Set.of(THURSDAY), NINE, TWELVE, true);
        assertThat(plan.sessions()).extracting(SeriesPlan.Planned::date)
                .containsExactly(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 7));
        assertThat(plan.skippedHolidays()).containsExactly(LocalDate.of(2026, 5, 14));
        assertThat(SeriesPlan.weekly(LocalDate.of(2026, 4, 30), 3, Set.of(THURSDAY), NINE, TWELVE, false)
                .skippedHolidays()).isEmpty();
    }

    @Test
    void a_series_outside_the_group_names_the_field_that_puts_it_there() {
        LocalDate groupStart = LocalDate.of(2026, 9, 7);
        LocalDate groupEnd = LocalDate.of(2026, 10, 2);
        // Starts before the group: the first day.
        assertThat(SeriesPlan.weekly(LocalDate.of(2026, 8, 31), 2, Set.of(MONDAY), NINE, TWELVE, false)
                .outsideGroup(groupStart, groupEnd)).contains("firstDay");
        // A Sunday before the group's first Monday gives no session before it: fine.
        assertThat(SeriesPlan.weekly(LocalDate.of(2026, 9, 6), 2, Set.of(MONDAY), NINE, TWELVE, false)
                .outsideGroup(groupStart, groupEnd)).isEmpty();
        // Runs past the end: the number of weeks, or of passes.
        assertThat(SeriesPlan.weekly(groupStart, 5, Set.of(MONDAY), NINE, TWELVE, false)
                .outsideGroup(groupStart, groupEnd)).contains("weeks");
        assertThat(SeriesPlan.passes(groupStart, 5, Set.of(MONDAY), NINE, TWELVE, null, false)
                .outsideGroup(groupStart, groupEnd)).contains("count");
        assertThat(SeriesPlan.weekly(groupStart, 4, Set.of(MONDAY), NINE, TWELVE, false)
                .outsideGroup(groupStart, groupEnd)).isEmpty();
        assertThat(SeriesPlan.weekly(groupStart, 40, Set.of(MONDAY), NINE, TWELVE, false)
                .outsideGroup(groupStart, null)).isEmpty();
    }
}
