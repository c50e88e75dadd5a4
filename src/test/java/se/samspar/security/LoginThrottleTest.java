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
    void four_failures_cost_nothing_the_fifth_locks_the_pair_for_a_minute_then_each_doubles() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("fia", "10.0.0.1");
        }
        assertThat(throttle.waitFor("fia", "10.0.0.1")).isZero();
        throttle.failed("fia", "10.0.0.1");
        assertThat(throttle.waitFor("fia", "10.0.0.1")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("FIA ", "10.0.0.1")).as("the name as typed").isEqualTo(Duration.ofMinutes(1));
        clock.now = clock.now.plusSeconds(61);
        assertThat(throttle.waitFor("fia", "10.0.0.1")).isZero();
        throttle.failed("fia", "10.0.0.1");
        assertThat(throttle.waitFor("fia", "10.0.0.1")).isEqualTo(Duration.ofMinutes(2));
        clock.now = clock.now.plusSeconds(121);
        throttle.failed("fia", "10.0.0.1");
        assertThat(throttle.waitFor("fia", "10.0.0.1")).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void anonymous_failures_from_elsewhere_never_lock_the_administrator_out() {
        // The review's attack: five (or fifty) wrong passwords for admin from an attacker's address.
        for (int i = 0; i < 50; i++) {
            throttle.failed("admin", "203.0.113.66");
        }
        assertThat(throttle.waitFor("admin", "203.0.113.66")).as("the attacker waits").isEqualTo(Duration.ofHours(1));
        assertThat(throttle.waitFor("admin", "10.0.0.1")).as("the administrator at the office does not").isZero();
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
    void wrong_kiosk_codes_slow_down_code_guessing_but_not_logins_from_the_same_address() {
        for (int i = 0; i < 40; i++) {
            throttle.codeFailed("192.0.2.7");
        }
        assertThat(throttle.codeWaitFor("192.0.2.7")).isPositive();
        assertThat(throttle.codeWaitFor("192.0.2.8")).isZero();
        assertThat(throttle.waitFor("fia", "192.0.2.7")).as("the staff at the same office log in").isZero();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "192.0.2.9");
        }
        assertThat(throttle.codeWaitFor("192.0.2.9")).as("and failed logins do not block the kiosk").isZero();
    }

    @Test
    void a_successful_login_clears_the_pairs_count_and_old_failures_are_forgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("fia", "10.0.0.1");
        }
        throttle.succeeded("fia", "10.0.0.1");
        throttle.failed("fia", "10.0.0.1");
        assertThat(throttle.waitFor("fia", "10.0.0.1")).isZero();
        for (int i = 0; i < 3; i++) {
            throttle.failed("fia", "10.0.0.1");
        }
        clock.now = clock.now.plus(Duration.ofHours(25));
        throttle.failed("fia", "10.0.0.1");
        assertThat(throttle.waitFor("fia", "10.0.0.1")).isZero();
    }
}
