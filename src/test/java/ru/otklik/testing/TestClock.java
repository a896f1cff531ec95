package ru.otklik.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can stop at any instant, for the whole application in a test deployment that
 * includes this class (it replaces {@code Clocks}' system clock as a selected alternative). Runs
 * with the system's time until {@link #stopAt(Instant)}; {@link #release()} returns to it.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestClock {

    private static volatile Instant stopped;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Stoppable();
    }

    public static void stopAt(Instant instant) {
        stopped = instant;
    }

    public static void release() {
        stopped = null;
    }

    public static final class Stoppable extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant at = stopped;
            return at == null ? Instant.now() : at;
        }
    }
}
