package ru.otklik.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Each login and each client address has a count of recent
 * failures; past a free allowance, every further failure doubles a waiting time (up to
 * {@link #MAX_WAIT}) during which attempts are refused without checking the password at all.
 * A success clears the login's count. Counts are kept in memory per server node and forgotten
 * after an hour of quiet ({@link #forgetQuiet()}, run by a scheduled job).
 */
@ApplicationScoped
public class LoginThrottle {

    /** Failures of one login allowed before waiting starts. */
    static final int FREE_PER_LOGIN = 3;
    /** Failures from one address (any logins) allowed before waiting starts. */
    static final int FREE_PER_ADDRESS = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Clock clock;

    protected LoginThrottle() {
        // for CDI's proxy
    }

    @Inject
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before this attempt is even checked; zero when it may go ahead. */
    public Duration waitBefore(String login, String address) {
        Instant now = clock.instant();
        Duration byLogin = remaining(loginKey(login), now);
        Duration byAddress = remaining(addressKey(address), now);
        return byLogin.compareTo(byAddress) >= 0 ? byLogin : byAddress;
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        failures.merge(loginKey(login), Failures.first(now, FREE_PER_LOGIN), (old, x) -> old.next(now, FREE_PER_LOGIN));
        failures.merge(addressKey(address), Failures.first(now, FREE_PER_ADDRESS),
                (old, x) -> old.next(now, FREE_PER_ADDRESS));
    }

    public void succeeded(String login) {
        failures.remove(loginKey(login));
    }

    /** Drops the counts of logins and addresses quiet for {@link #FORGET_AFTER}. */
    public int forgetQuiet() {
        Instant cutoff = clock.instant().minus(FORGET_AFTER);
        int before = failures.size();
        failures.values().removeIf(f -> f.last().isBefore(cutoff) && !f.lockedUntil().isAfter(clock.instant()));
        return before - failures.size();
    }

    int tracked() {
        return failures.size();
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || !f.lockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.lockedUntil());
    }

    private static String loginKey(String login) {
        return "login:" + (login == null ? "" : login.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** Recent failures of one key and until when further attempts are refused. */
    record Failures(int count, Instant last, Instant lockedUntil) {

        static Failures first(Instant now, int free) {
            return new Failures(1, now, lockUntil(1, now, free));
        }

        Failures next(Instant now, int free) {
            return new Failures(count + 1, now, lockUntil(count + 1, now, free));
        }

        private static Instant lockUntil(int count, Instant now, int free) {
            if (count <= free) {
                return now;
            }
            int doublings = Math.min(count - free - 1, 20);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            return now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
        }
    }
}
