package ru.otklik.bench.timers;

import java.util.concurrent.ConcurrentLinkedQueue;

/** The delays of the timers that fired, in ms, kept in memory until read with reset. */
final class Fired {

    private static final ConcurrentLinkedQueue<Long> DELAYS = new ConcurrentLinkedQueue<>();

    private Fired() {
    }

    static void record(long delayMillis) {
        DELAYS.add(delayMillis);
    }

    static String report(boolean reset) {
        long[] d = DELAYS.stream().mapToLong(Long::longValue).sorted().toArray();
        if (reset) {
            DELAYS.clear();
        }
        if (d.length == 0) {
            return "fired=0";
        }
        return "fired=" + d.length + " p50=" + at(d, 0.50) + " p95=" + at(d, 0.95) + " max=" + d[d.length - 1]
                + " min=" + d[0];
    }

    private static long at(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
