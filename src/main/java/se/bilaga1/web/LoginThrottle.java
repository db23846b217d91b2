package se.bilaga1.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.bilaga1.support.Bilaga1Properties;

/**
 * Failed logins are counted per user name and per address: after {@code bilaga1.security.max-failures} in a row
 * (default 5) the name or address is locked out for {@code bilaga1.security.lockout} (default 15 minutes), and no
 * password is even tried meanwhile. A success clears both counts. Kept in memory: a restart forgives, and the audit
 * trail keeps what happened.
 */
@Component
class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    LoginThrottle(Bilaga1Properties properties, ObjectProvider<Clock> clock) {
        this(properties.security().maxFailures(), properties.security().lockout(), clock.getIfAvailable(Clock::systemUTC));
    }

    LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** Whether a login as {@code user} from {@code address} is refused without trying its password. */
    boolean locked(String user, String address) {
        return lockedNow(byUser, key(user)) || lockedNow(byAddress, address);
    }

    /** Counts a failed login; true when it locked the user name or the address out. */
    boolean failed(String user, String address) {
        boolean lockedUser = count(byUser, key(user));
        boolean lockedAddress = count(byAddress, address);
        return lockedUser || lockedAddress;
    }

    void succeeded(String user, String address) {
        byUser.remove(key(user));
        byAddress.remove(address == null ? "" : address);
    }

    private boolean lockedNow(Map<String, Failures> counts, String key) {
        Failures f = counts.get(key == null ? "" : key);
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    private boolean count(Map<String, Failures> counts, String key) {
        Instant now = clock.instant();
        Failures after = counts.compute(key == null ? "" : key, (k, f) -> {
            if (f == null || (f.lockedUntil() != null && !now.isBefore(f.lockedUntil()))) {
                f = new Failures(0, null); // none yet, or the lockout is over: a fresh start
            }
            int n = f.count() + 1;
            return n >= maxFailures ? new Failures(0, now.plus(lockout)) : new Failures(n, null);
        });
        return after.lockedUntil() != null && after.count() == 0 && after.lockedUntil().equals(now.plus(lockout));
    }

    /** User names compare without case: {@code Anna} and {@code anna} are one name to guess. */
    private static String key(String user) {
        return user == null ? "" : user.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
