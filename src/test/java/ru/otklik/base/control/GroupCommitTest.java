package ru.otklik.base.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The group commit behind single API registrations (issue 4, bench/messages.sh). */
class GroupCommitTest {

    @Test
    void aLoneCallerRunsItsOwnGroupOfOne() {
        List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, String> commit = new GroupCommit<>(1, 10, items -> {
            groups.add(List.copyOf(items));
            return items.stream().map(i -> "r" + i).toList();
        });

        assertEquals("r1", commit.submit(1));
        assertEquals("r2", commit.submit(2));
        assertEquals(List.of(List.of(1), List.of(2)), groups);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void concurrentCallersShareGroupsAndEachGetsItsOwnResult(int leaders) throws Exception {
        int threads = 8;
        int perThread = 300;
        int max = 5;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, Integer> commit = new GroupCommit<>(leaders, max, items -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                sizes.add(items.size());
                sleepMillis(1); // a commit takes time, in which the next group gathers
                return items.stream().map(i -> i * 2).toList();
            } finally {
                running.decrementAndGet();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> wrong = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * perThread;
            wrong.add(pool.submit(() -> {
                start.await();
                List<String> mismatches = new ArrayList<>();
                for (int i = base; i < base + perThread; i++) {
                    int r = commit.submit(i);
                    if (r != i * 2) {
                        mismatches.add(i + " -> " + r);
                    }
                }
                return mismatches;
            }));
        }
        start.countDown();
        for (Future<List<String>> f : wrong) {
            assertEquals(List.of(), f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertEquals(threads * perThread, sizes.stream().mapToInt(Integer::intValue).sum(), "every item ran once");
        assertTrue(sizes.stream().allMatch(s -> s >= 1 && s <= max), "groups within 1.." + max + ": " + sizes);
        assertTrue(sizes.size() < threads * perThread * 3 / 4,
                "8 callers and a slow commit form groups, not one transaction each: " + sizes.size() + " groups");
        assertTrue(mostAtOnce.get() <= leaders, "at most " + leaders + " groups at a time: " + mostAtOnce.get());
        if (leaders > 1) {
            assertTrue(mostAtOnce.get() > 1, "groups run side by side when allowed");
        }
    }

    @Test
    void aFailedGroupFailsItsOwnCallersOnlyAndTheNextGroupRuns() throws Exception {
        CountDownLatch firstGroupStarted = new CountDownLatch(1);
        CountDownLatch secondCallerWaiting = new CountDownLatch(1);
        IllegalStateException broken = new IllegalStateException("database gone");
        GroupCommit<String, String> commit = new GroupCommit<>(1, 10, items -> {
            if (items.contains("bad")) {
                firstGroupStarted.countDown();
                await(secondCallerWaiting);
                throw broken;
            }
            return items.stream().map(String::toUpperCase).toList();
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Throwable> first = pool.submit(() -> assertThrows(GroupCommit.GroupFailed.class,
                () -> commit.submit("bad")));
        firstGroupStarted.await(10, TimeUnit.SECONDS);
        Future<String> second = pool.submit(() -> commit.submit("good"));
        sleepMillis(20); // the second caller is queued while the first group fails
        secondCallerWaiting.countDown();

        assertSame(broken, first.get(10, TimeUnit.SECONDS).getCause());
        assertEquals("GOOD", second.get(10, TimeUnit.SECONDS), "the next group is not affected");
        assertEquals("AGAIN", commit.submit("again"));
        pool.shutdown();
    }

    /**
     * A caller whose item another leader has taken into its group waits asleep, even when a leader's
     * place is free: it must not lead empty groups in a loop, burning a core the server needs.
     */
    @Test
    void aCallerWhoseItemIsTakenWaitsAsleepForItsGroup() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        CountDownLatch pair = new CountDownLatch(1);
        GroupCommit<String, String> commit = new GroupCommit<>(2, 10, items -> {
            await(items.contains("z1") ? first : items.contains("z2") ? second : pair);
            return items;
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        pool.submit(() -> commit.submit("z1"));
        pool.submit(() -> commit.submit("z2"));
        sleepMillis(100); // both leaders' places taken, each group held
        Thread[] b = new Thread[1];
        pool.submit(() -> commit.submit("a"));
        sleepMillis(50);
        Future<String> bAnswer = pool.submit(() -> {
            b[0] = Thread.currentThread();
            return commit.submit("b");
        });
        sleepMillis(50); // a and b queued
        first.countDown(); // z1's leader ends; a leads the group [a, b], held
        sleepMillis(100);
        second.countDown(); // z2's leader ends: a leader's place is free, b's item is in a's group
        sleepMillis(50);
        int runnable = 0;
        for (int i = 0; i < 100; i++) {
            if (b[0].getState() == Thread.State.RUNNABLE) {
                runnable++;
            }
            sleepMillis(1);
        }
        pair.countDown();

        assertEquals("b", bAnswer.get(10, TimeUnit.SECONDS));
        assertTrue(runnable < 50, "b's caller slept while its group ran (" + runnable + " of 100 looks found it running)");
        pool.shutdown();
    }

    @Test
    void workThatAnswersTooFewResultsFailsTheGroupInsteadOfMixingUpAnswers() {
        GroupCommit<String, String> commit = new GroupCommit<>(1, 10, items -> List.of());

        GroupCommit.GroupFailed failed = assertThrows(GroupCommit.GroupFailed.class, () -> commit.submit("x"));
        assertInstanceOf(IllegalStateException.class, failed.getCause());
    }

    @Test
    void anErrorInTheWorkStillAnswersEveryCaller() {
        GroupCommit<String, String> commit = new GroupCommit<>(1, 10, items -> {
            throw new StackOverflowError();
        });

        GroupCommit.GroupFailed failed = assertThrows(GroupCommit.GroupFailed.class, () -> commit.submit("x"));
        assertInstanceOf(StackOverflowError.class, failed.getCause().getCause());
    }

    @Test
    void aGroupNeedsRoomForOneItem() {
        assertThrows(IllegalArgumentException.class, () -> new GroupCommit<String, String>(1, 0, items -> items));
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
