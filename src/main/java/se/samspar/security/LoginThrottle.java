package se.samspar.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Growing delays after failed logins (ASVS 2.2.1), per user name and per address: the first few
 * failures cost nothing, then each further failure locks for twice as long as the last, from one
 * minute up to an hour. A successful login clears the user's count. Kept in memory: a restart
 * forgives, which an attacker cannot cause.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES_PER_USER = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(24);

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the user name or the address must still wait; zero when a login may be tried. */
    public Duration waitFor(String username, @Nullable String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(byUser, key(username), now), lockedUntil(byAddress, address, now));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    public void failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        byUser.compute(key(username), (k, f) -> next(f, now, FREE_FAILURES_PER_USER));
        if (address != null) {
            byAddress.compute(address, (k, f) -> next(f, now, FREE_FAILURES_PER_ADDRESS));
        }
        forgetOld(now);
    }

    public void succeeded(String username) {
        byUser.remove(key(username));
    }

    private static Failures next(@Nullable Failures f, Instant now, int free) {
        int count = (f == null || f.last().plus(MEMORY).isBefore(now)) ? 1 : f.count() + 1;
        Instant locked = now;
        if (count >= free) {
            long factor = 1L << Math.min(20, count - free);
            Duration lock = FIRST_LOCK.multipliedBy(factor);
            locked = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
        return new Failures(count, now, locked);
    }

    private static Instant lockedUntil(Map<String, Failures> map, @Nullable String key, Instant now) {
        Failures f = key == null ? null : map.get(key);
        return f == null ? now : f.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }

    private void forgetOld(Instant now) {
        if (byUser.size() + byAddress.size() > 10_000) {
            byUser.values().removeIf(f -> f.last().plus(MEMORY).isBefore(now));
            byAddress.values().removeIf(f -> f.last().plus(MEMORY).isBefore(now));
        }
    }
}
