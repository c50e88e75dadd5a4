package se.samspar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Stockholm");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void four_failures_cost_nothing_the_fifth_locks_for_a_minute_then_each_doubles() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("fia", "10.0.0.1");
        }
        assertThat(throttle.waitFor("fia", "10.0.0.1")).isZero();
        throttle.failed("fia", "10.0.0.1");
        assertThat(throttle.waitFor("fia", "10.0.0.9")).isEqualTo(Duration.ofMinutes(1));
        clock.now = clock.now.plusSeconds(61);
        assertThat(throttle.waitFor("fia", "10.0.0.1")).isZero();
        throttle.failed("fia", "10.0.0.1");
        assertThat(throttle.waitFor("FIA ", null)).isEqualTo(Duration.ofMinutes(2));
        clock.now = clock.now.plusSeconds(121);
        throttle.failed("fia", "10.0.0.1");
        assertThat(throttle.waitFor("fia", null)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void the_lock_never_exceeds_an_hour() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("olle", null);
        }
        assertThat(throttle.waitFor("olle", null)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void one_address_trying_many_names_is_slowed_down_too() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "192.0.2.44");
        }
        assertThat(throttle.waitFor("someone-new", "192.0.2.44")).isPositive();
        assertThat(throttle.waitFor("someone-new", "192.0.2.45")).isZero();
    }

    @Test
    void a_successful_login_clears_the_users_count_and_old_failures_are_forgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("fia", null);
        }
        throttle.succeeded("fia");
        throttle.failed("fia", null);
        assertThat(throttle.waitFor("fia", null)).isZero();
        for (int i = 0; i < 3; i++) {
            throttle.failed("fia", null);
        }
        clock.now = clock.now.plus(Duration.ofHours(25));
        throttle.failed("fia", null);
        assertThat(throttle.waitFor("fia", null)).isZero();
    }
}
