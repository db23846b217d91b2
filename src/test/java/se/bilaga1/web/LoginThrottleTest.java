package se.bilaga1.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Five failed logins lock a name, or an address, out for 15 minutes; after that a login works again. */
class LoginThrottleTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
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
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);

    @Test
    void theFifthFailureLocksTheNameOutForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("anna", "10.0.0." + i)).as("failure " + i).isFalse();
            assertThat(throttle.locked("anna", "10.0.0.9")).isFalse();
        }
        assertThat(throttle.failed("Anna", "10.0.0.5")).as("the fifth, in other case").isTrue();
        assertThat(throttle.locked("anna", "10.0.0.9")).as("from any address").isTrue();
        assertThat(throttle.locked("ville", "10.0.0.9")).as("another name").isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(throttle.locked("anna", "10.0.0.9")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(throttle.locked("anna", "10.0.0.9")).as("after the lockout").isFalse();
        throttle.succeeded("anna", "10.0.0.9");
        assertThat(throttle.failed("anna", "10.0.0.9")).as("counting starts again").isFalse();
    }

    @Test
    void fiveFailuresFromOneAddressLockTheAddressWhateverTheNames() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("user" + i, "192.0.2.7")).isFalse();
        }
        assertThat(throttle.failed("user5", "192.0.2.7")).isTrue();
        assertThat(throttle.locked("anna", "192.0.2.7")).isTrue();
        assertThat(throttle.locked("anna", "192.0.2.8")).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("anna", "192.0.2.7");
        }
        throttle.succeeded("anna", "192.0.2.7");
        assertThat(throttle.failed("anna", "192.0.2.7")).isFalse();
        assertThat(throttle.locked("anna", "192.0.2.7")).isFalse();
    }
}
