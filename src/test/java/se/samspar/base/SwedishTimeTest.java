package se.samspar.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Times are said in the förbund's zone whatever zone the clock (the server) runs in. The build
 * runs the tests in Europe/Stockholm, which would hide a zone bug: these clocks are fixed and
 * some are in UTC on purpose.
 */
class SwedishTimeTest {

    private static final Duration CODE_VALIDITY = Duration.ofHours(3);

    private static Clock at(String instant, ZoneId zone) {
        return Clock.fixed(Instant.parse(instant), zone);
    }

    @Test
    void a_code_made_at_22_13_runs_out_at_01_13_tomorrow_not_today() {
        // 22:13 in Stockholm on 1 December (21:13 UTC): valid to 01:13 on 2 December.
        for (ZoneId serverZone : new ZoneId[] {SwedishTime.ZONE, ZoneOffset.UTC}) {
            Clock clock = at("2026-12-01T21:13:00Z", serverZone);
            LocalDateTime expires = SwedishTime.now(clock).plus(CODE_VALIDITY);
            assertThat(expires).isEqualTo(LocalDateTime.of(2026, 12, 2, 1, 13));
            SwedishTime.Phrase said = SwedishTime.at(expires, clock);
            assertThat(said.key()).isEqualTo("app.time.tomorrow");
            assertThat(said.args()).containsExactly("01:13");
        }
    }

    @Test
    void just_after_midnight_in_sweden_is_already_the_next_day_on_a_server_in_utc() {
        // 23:30 UTC on 1 December is 00:30 on 2 December in Stockholm: a code to 03:30 is "i dag".
        Clock utcServer = at("2026-12-01T23:30:00Z", ZoneOffset.UTC);
        assertThat(SwedishTime.today(utcServer)).isEqualTo(java.time.LocalDate.of(2026, 12, 2));
        LocalDateTime expires = SwedishTime.now(utcServer).plus(CODE_VALIDITY);
        assertThat(expires).isEqualTo(LocalDateTime.of(2026, 12, 2, 3, 30));
        SwedishTime.Phrase said = SwedishTime.at(expires, utcServer);
        assertThat(said.key()).isEqualTo("app.time.today");
        assertThat(said.args()).containsExactly("03:30");
    }

    @Test
    void a_later_day_is_named_with_its_date_and_another_year_with_the_year() {
        Clock clock = at("2026-12-30T12:00:00Z", ZoneOffset.UTC);
        SwedishTime.Phrase later = SwedishTime.at(LocalDateTime.of(2027, 1, 4, 9, 0), clock);
        assertThat(later.key()).isEqualTo("app.time.other");
        assertThat(later.args()).containsExactly("09:00", "4 januari 2027");
        assertThat(SwedishTime.at(LocalDateTime.of(2026, 12, 31, 9, 0), clock).key()).isEqualTo("app.time.tomorrow");
        assertThat(SwedishTime.dayMonth(java.time.LocalDate.of(2026, 12, 2), java.time.LocalDate.of(2026, 12, 30)))
                .isEqualTo("2 december");
    }
}
