package se.samspar.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SwedishHolidaysTest {

    @Test
    void easter_falls_on_the_known_sundays() {
        assertThat(SwedishHolidays.easterSunday(2018)).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(SwedishHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(SwedishHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(SwedishHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void the_red_days_and_eves_of_2026_are_holidays_and_ordinary_days_are_not() {
        Stream.of("2026-01-01", "2026-01-06", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-14",
                        "2026-05-24", "2026-06-06", "2026-06-19", "2026-06-20", "2026-10-31", "2026-12-24", "2026-12-25",
                        "2026-12-26", "2026-12-31")
                .forEach(d -> assertThat(SwedishHolidays.isHoliday(LocalDate.parse(d))).as(d).isTrue());
        Stream.of("2026-04-02", "2026-04-07", "2026-06-18", "2026-06-22", "2026-11-02", "2026-12-23")
                .forEach(d -> assertThat(SwedishHolidays.isHoliday(LocalDate.parse(d))).as(d).isFalse());
    }
}
