package se.samspar.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Growing delays after failed logins (ASVS 2.2.1), per pair of user name and address, and per
 * address: the first few failures cost nothing, then each further failure makes the pair (or the
 * address) wait twice as long as the last, from one minute up to an hour.
 *
 * <p>There is deliberately no count per user name alone: that would be a lock anyone could trigger
 * against {@code admin} from anywhere, shutting the administrator out with five anonymous requests.
 * Guessing one user's password from many addresses is held back by the password policy (at least
 * 10^8 guesses by zxcvbn's estimate) and, for administrators, by the second factor. A successful
 * login clears its pair's count.
 *
 * <p>Wrong questionnaire kiosk codes are counted apart ({@link #codeWaitFor}, {@link #codeFailed}):
 * a tablet whose users mistype codes must not hold back the staff's logins from the same office
 * address. Kept in memory: a restart forgives, which an attacker cannot cause.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES_PER_USER = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final int FREE_CODE_FAILURES_PER_ADDRESS = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(24);

    private final Attempts byPair = new Attempts(FREE_FAILURES_PER_USER);
    private final Attempts byAddress = new Attempts(FREE_FAILURES_PER_ADDRESS);
    private final Attempts codesByAddress = new Attempts(FREE_CODE_FAILURES_PER_ADDRESS);
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long a login as the user from the address must still wait; zero when it may be tried. */
    public Duration waitFor(String username, @Nullable String address) {
        Instant now = clock.instant();
        return remaining(now, later(byPair.lockedUntil(pair(username, address), now), byAddress.lockedUntil(address, now)));
    }

    public void failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        byPair.failed(pair(username, address), now);
        if (address != null) {
            byAddress.failed(address, now);
        }
    }

    /** A right password (or code) from the address clears that pair's count. */
    public void succeeded(String username, @Nullable String address) {
        byPair.forget(pair(username, address));
    }

    /** How long the address must wait before trying another kiosk code. */
    public Duration codeWaitFor(@Nullable String address) {
        Instant now = clock.instant();
        return remaining(now, codesByAddress.lockedUntil(String.valueOf(address), now));
    }

    public void codeFailed(@Nullable String address) {
        codesByAddress.failed(String.valueOf(address), clock.instant());
    }

    private static Duration remaining(Instant now, Instant until) {
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String pair(@Nullable String username, @Nullable String address) {
        return (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT)) + "\n" + address;
    }

    /** Failures counted by a key, with the lock that the count has reached. */
    private static final class Attempts {

        private record Failures(int count, Instant last, Instant lockedUntil) {
        }

        private final Map<String, Failures> byKey = new ConcurrentHashMap<>();
        private final int free;

        Attempts(int free) {
            this.free = free;
        }

        Instant lockedUntil(@Nullable String key, Instant now) {
            Failures f = key == null ? null : byKey.get(key);
            return f == null ? now : f.lockedUntil();
        }

        void failed(String key, Instant now) {
            byKey.compute(key, (k, f) -> next(f, now));
            if (byKey.size() > 10_000) {
                byKey.values().removeIf(f -> f.last().plus(MEMORY).isBefore(now));
            }
        }

        void forget(String key) {
            byKey.remove(key);
        }

        private Failures next(@Nullable Failures f, Instant now) {
            int count = (f == null || f.last().plus(MEMORY).isBefore(now)) ? 1 : f.count() + 1;
            Instant locked = now;
            if (count >= free) {
                long factor = 1L << Math.min(20, count - free);
                Duration lock = FIRST_LOCK.multipliedBy(factor);
                locked = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            return new Failures(count, now, locked);
        }
    }
}
