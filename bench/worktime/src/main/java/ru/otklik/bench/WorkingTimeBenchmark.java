package ru.otklik.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import ru.otklik.worktime.control.CalendarXml;
import ru.otklik.worktime.control.CalendarYear;
import ru.otklik.worktime.entity.DeadlineKind;
import ru.otklik.worktime.control.DeadlinePolicy;
import ru.otklik.worktime.control.MinuteStepping;
import ru.otklik.worktime.control.ProductionCalendar;
import ru.otklik.worktime.entity.WorkSchedule;
import ru.otklik.worktime.control.WorkingTime;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The engine against the minute-stepping reference, in one run (issue 3 targets: at least
 * 5 million operations per second per core and 1000x the reference; the deadlines of 1 million
 * messages recomputed in under a second).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkingTimeBenchmark {

    static final int N = 1024;

    WorkingTime engine;
    MinuteStepping reference;
    DeadlinePolicy policy = DeadlinePolicy.DECREE;
    Instant[] from = new Instant[N];
    Instant[] to = new Instant[N];
    long[] minutes = new long[N];
    int i;

    /** One million messages: detection instants spread over 2025-2026, kinds mixed. */
    Instant[] detected = new Instant[1_000_000];
    DeadlineKind[] kinds = new DeadlineKind[1_000_000];

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Map<Integer, CalendarYear> years = new HashMap<>();
        for (int y = 2024; y <= 2027; y++) {
            try (InputStream in = WorkingTimeBenchmark.class.getResourceAsStream("/calendar/ru-" + y + ".xml")) {
                years.put(y, CalendarXml.read(in, "ru-" + y + ".xml"));
            }
        }
        ProductionCalendar calendar = new ProductionCalendar(years);
        engine = new WorkingTime(calendar, WorkSchedule.standard());
        reference = new MinuteStepping(calendar, WorkSchedule.standard());
        SplittableRandom random = new SplittableRandom(42);
        long start = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() / 60;
        long span = 2 * 365 * 24 * 60;
        for (int k = 0; k < N; k++) {
            from[k] = Instant.ofEpochSecond((start + random.nextLong(span)) * 60);
            to[k] = from[k].plusSeconds(random.nextLong(3 * 24 * 60) * 60);
            minutes[k] = random.nextBoolean() ? 240 : 480;
        }
        DeadlineKind[] values = {DeadlineKind.INCIDENT, DeadlineKind.HIGH_IMPORTANCE, DeadlineKind.PUBLICATION,
                DeadlineKind.FINAL_AFTER_INTERIM};
        for (int k = 0; k < detected.length; k++) {
            detected[k] = Instant.ofEpochSecond((start + random.nextLong(span)) * 60);
            kinds[k] = values[random.nextInt(values.length)];
        }
    }

    private int next() {
        i = (i + 1) & (N - 1);
        return i;
    }

    @Benchmark
    public Instant addEngine() {
        int k = next();
        return engine.plusWorkingMinutes(from[k], minutes[k]);
    }

    @Benchmark
    public Instant addReference() {
        int k = next();
        return reference.plusWorkingMinutes(from[k], minutes[k]);
    }

    @Benchmark
    public long betweenEngine() {
        int k = next();
        return engine.workingMinutesBetween(from[k], to[k]);
    }

    @Benchmark
    public long betweenReference() {
        int k = next();
        return reference.workingMinutesBetween(from[k], to[k]);
    }

    /** The deadlines of a million messages, recomputed as after a change of calendar or schedule. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void recomputeMillionDeadlines(Blackhole hole) {
        for (int k = 0; k < detected.length; k++) {
            hole.consume(policy.due(engine, kinds[k], detected[k]));
        }
    }
}
