package org.huiying.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per key (a user name or an address) within a sliding window; at the limit the key is locked out for
 * a while. Kept in memory, per service instance, for at most {@value #MAX_KEYS} keys at once (expired ones are
 * dropped first; past that, new keys go uncounted rather than exhausting memory).
 */
final class FailedLogins {

    static final int MAX_KEYS = 10_000;

    private final LoginThrottleProperties.Limit limit;
    private final Clock clock;
    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

    FailedLogins(LoginThrottleProperties.Limit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** How long the key stays locked out, if it is. */
    Optional<Duration> lockedFor(String key) {
        Failures failures = byKey.get(key);
        return failures == null ? Optional.empty() : failures.lockedFor(clock.instant());
    }

    void failed(String key) {
        if (limit.maxFailures() <= 0) {
            return;
        }
        Instant now = clock.instant();
        if (!byKey.containsKey(key) && byKey.size() >= MAX_KEYS) {
            byKey.values().removeIf(failures -> failures.expired(now));
            if (byKey.size() >= MAX_KEYS) {
                return;
            }
        }
        byKey.computeIfAbsent(key, k -> new Failures()).add(now);
    }

    void succeeded(String key) {
        byKey.remove(key);
    }

    private final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized void add(Instant now) {
            times.addLast(now);
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(limit.window()))) {
                times.removeFirst();
            }
            if (times.size() >= limit.maxFailures()) {
                lockedUntil = now.plus(limit.lockout());
                times.clear();
            }
        }

        synchronized Optional<Duration> lockedFor(Instant now) {
            return now.isBefore(lockedUntil) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
        }

        synchronized boolean expired(Instant now) {
            return !now.isBefore(lockedUntil) && (times.isEmpty()
                    || !times.peekLast().isAfter(now.minus(limit.window())));
        }
    }
}
