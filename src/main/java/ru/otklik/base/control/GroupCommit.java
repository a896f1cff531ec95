package ru.otklik.base.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Lets concurrent callers share one unit of work (a transaction) instead of paying for one each:
 * the classic group commit of databases, with no thread of its own. A caller hands in its item and
 * waits; a caller that finds fewer than {@code leaders} groups running becomes a leader, takes up to
 * {@code maxGroup} waiting items (its own among them, sooner or later), runs the work on them in its
 * own thread and hands each caller its result. While groups run, the next ones gather, so the groups
 * grow with the load and a lone caller waits for nobody (a group of one).
 * <p>
 * The work gets the items in the order they arrived and must answer a result for each, in the same
 * order. If it throws, every caller of that group gets a {@link GroupFailed} with the cause, and may
 * retry alone; the other groups are not affected.
 *
 * @param <I> what a caller hands in
 * @param <R> what it gets back
 */
public final class GroupCommit<I, R> {

    /** How long a waiting caller sleeps before it looks again, should a wake-up ever be missed. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final int maxGroup;
    private final Function<List<I>, List<R>> work;
    private final ConcurrentLinkedQueue<Entry<I, R>> waiting = new ConcurrentLinkedQueue<>();
    private final Semaphore leading;

    /**
     * @param leaders  how many groups may run at once: the database commits concurrent transactions
     *                 together, so one group at a time would leave it waiting for the disk in turn
     * @param maxGroup the most items in one group
     */
    public GroupCommit(int leaders, int maxGroup, Function<List<I>, List<R>> work) {
        if (leaders < 1 || maxGroup < 1) {
            throw new IllegalArgumentException("leaders and maxGroup must be at least 1: " + leaders + ", " + maxGroup);
        }
        this.leading = new Semaphore(leaders);
        this.maxGroup = maxGroup;
        this.work = Objects.requireNonNull(work);
    }

    /** The work's result for this item, once the group it joined has run. */
    public R submit(I item) {
        Entry<I, R> mine = new Entry<>(item, Thread.currentThread());
        waiting.add(mine);
        while (!mine.done) {
            // an item already taken into a group waits for that group's leader, which wakes it
            if (!mine.taken && leading.tryAcquire()) {
                try {
                    while (!mine.taken) {
                        runGroup();
                    }
                } finally {
                    leading.release();
                }
                // whoever waits at the head of the queue leads the next group
                Entry<I, R> next = waiting.peek();
                if (next != null) {
                    LockSupport.unpark(next.thread);
                }
            } else {
                LockSupport.parkNanos(this, RECHECK_NANOS);
            }
        }
        if (mine.failure != null) {
            throw new GroupFailed(mine.failure);
        }
        return mine.result;
    }

    private void runGroup() {
        List<Entry<I, R>> group = new ArrayList<>(Math.min(maxGroup, 64));
        Entry<I, R> e;
        while (group.size() < maxGroup && (e = waiting.poll()) != null) {
            e.taken = true;
            group.add(e);
        }
        if (group.isEmpty()) {
            return;
        }
        List<I> items = new ArrayList<>(group.size());
        group.forEach(g -> items.add(g.item));
        List<R> results = null;
        RuntimeException failure = null;
        try {
            results = work.apply(items);
            if (results == null || results.size() != items.size()) {
                failure = new IllegalStateException("the work answered " + (results == null ? "nothing" : results.size()
                        + " results") + " for " + items.size() + " items");
            }
        } catch (Throwable thrown) { // every caller of the group must be answered, whatever went wrong
            failure = thrown instanceof RuntimeException r ? r : new IllegalStateException(thrown);
        }
        for (int i = 0; i < group.size(); i++) {
            Entry<I, R> g = group.get(i);
            if (failure != null) {
                g.failure = failure;
            } else {
                g.result = results.get(i);
            }
            g.done = true; // volatile write after result and failure: the caller reads them after it
            LockSupport.unpark(g.thread);
        }
    }

    /** The group an item was in could not be run; {@link #getCause()} says why. */
    public static final class GroupFailed extends RuntimeException {
        GroupFailed(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private static final class Entry<I, R> {
        final I item;
        final Thread thread;
        R result;
        RuntimeException failure;
        /** In a group: another leader runs it, so its caller must not lead (or spin) for it. */
        volatile boolean taken;
        volatile boolean done;

        Entry(I item, Thread thread) {
            this.item = item;
            this.thread = thread;
        }
    }
}
