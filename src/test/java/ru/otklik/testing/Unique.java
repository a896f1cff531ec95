package ru.otklik.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Unique names for test data, so tests never depend on each other's leftovers. */
public final class Unique {

    private Unique() {
    }

    /** e.g. {@code it-oper-k3x9q2}: a valid login. */
    public static String login(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }
}
