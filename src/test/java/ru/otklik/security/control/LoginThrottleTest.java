package ru.otklik.security.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theFirstFailuresAreFreeThenEachDoublesTheWait() {
        for (int i = 0; i < LoginThrottle.FREE_PER_LOGIN; i++) {
            throttle.failed("ivanov", "10.0.0.1");
            assertThat(throttle.waitBefore("ivanov", "10.0.0.1")).isZero();
        }
        throttle.failed("ivanov", "10.0.0.1");
        assertThat(throttle.waitBefore("ivanov", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        throttle.failed("ivanov", "10.0.0.1");
        assertThat(throttle.waitBefore("ivanov", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.waitBefore("IVANOV ", "10.0.0.2")).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.waitBefore("petrov", "10.0.0.1")).isZero();

        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.waitBefore("ivanov", "10.0.0.1")).isZero();
    }

    @Test
    void theWaitNeverExceedsFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("ivanov", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("ivanov", "10.0.0.1")).isEqualTo(LoginThrottle.MAX_WAIT);
    }

    @Test
    void manyLoginsFromOneAddressAreSlowedToo() {
        for (int i = 0; i <= LoginThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.waitBefore("someone-else", "10.0.0.9")).isPositive();
        assertThat(throttle.waitBefore("someone-else", "10.0.0.8")).isZero();
    }

    @Test
    void successClearsTheLoginAndQuietCountsAreForgotten() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ivanov", "10.0.0.1");
        }
        throttle.succeeded("ivanov");
        clock.advance(Duration.ofMinutes(20));
        assertThat(throttle.waitBefore("ivanov", "10.0.0.3")).isZero();

        assertThat(throttle.tracked()).isEqualTo(1); // the address
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.forgetQuiet()).isEqualTo(1);
        assertThat(throttle.tracked()).isZero();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
