package ru.otklik.bench;

import ru.otklik.worktime.control.DeadlinePolicy;
import ru.otklik.worktime.control.ProductionCalendar;
import ru.otklik.worktime.control.ShippedCalendars;
import ru.otklik.worktime.entity.WorkSchedule;
import ru.otklik.worktime.control.WorkingTime;
import ru.otklik.worktime.entity.DeadlineKind;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The message desk under load (issue 4), one phase per command:
 * <pre>
 *   ingest  URL TOKEN JDBC-URL USER PASSWORD COUNT THREADS [PHASES]
 *                                   REST single, REST batch, and raw JDBC, same rows (PHASES: any of
 *                                   single,repeat,batch,raw; all by default, e.g. "batch" to profile one)
 *   generate JDBC-URL USER PASSWORD COUNT                     realistic messages straight into the table
 *   grid URL TOKEN REQUESTS                                   p50/p95/max of the list API's page queries
 * </pre>
 * Prints Markdown rows for bench/README.md.
 */
public final class MessagesBenchmark {

    static final ZoneId MSK = ZoneId.of("Europe/Moscow");
    static final String[] NETWORKS = {"vk", "vk", "vk", "vk", "ok", "ok", "telegram", "max"};
    static final String[] TOPICS = {"roads", "housing", "improvement", "transport", "health", "education", "social",
            "safety", "other"};
    static final String[] TEXTS = {
            "Когда наконец отремонтируют дорогу на улице %1$s? Ямы по колено, машины бьют подвеску.",
            "Третий день нет воды в доме %2$s по улице %1$s. Куда звонить?",
            "Спасибо администрации за новую детскую площадку у школы №%2$s!",
            "На остановке у дома %2$s на %1$s не горит фонарь, вечером страшно ходить.",
            "Мусор не вывозят с прошлой недели, контейнеры на %1$s переполнены.",
            "Почему автобус №%2$s опять не пришёл по расписанию?",
            "В поликлинику не дозвониться, запись к терапевту только через две недели.",
            "Бродячие собаки у детского сада на %1$s, дети боятся.",
            "Когда будет субботник в парке? Хотим помочь.",
            "Снег не убран на тротуарах улицы %1$s, бабушки падают."};

    static String text(SplittableRandom r) {
        return String.format(TEXTS[r.nextInt(TEXTS.length)], STREETS[r.nextInt(STREETS.length)],
                String.valueOf(r.nextInt(1, 60)));
    }
    static final String[] STREETS = {"Ленина", "Садовой", "Школьной", "Мира", "Советской", "Красной", "Пушкина",
            "Гагарина", "Кубанской", "Набережной"};
    static final String[] AUTHORS = {"Иван Петров", "Мария Сидорова", "Ольга К.", "Алексей", "Татьяна Иванова",
            "Сергей М.", "Наталья", "Дмитрий Козлов", "Елена В.", "Андрей"};

    private MessagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "ingest" -> ingest(args[1], args[2], args[3], args[4], args[5], Integer.parseInt(args[6]),
                    Integer.parseInt(args[7]), args.length > 8 ? args[8] : "single,repeat,batch,raw");
            case "generate" -> generate(args[1], args[2], args[3], Integer.parseInt(args[4]));
            case "grid" -> grid(args[1], args[2], Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("ingest | generate | grid");
        }
    }

    // ------------------------------------------------------------------ ingestion

    static String json(String run, int i, SplittableRandom r) {
        String text = text(r).replace("\"", "'");
        return "{\"source\":\"bench\",\"externalId\":\"" + run + "-" + i + "\",\"network\":\""
                + NETWORKS[r.nextInt(NETWORKS.length)] + "\",\"kind\":\"INCIDENT\",\"detectedAt\":\""
                + OffsetDateTime.now(MSK).minusMinutes(r.nextInt(1, 600)) + "\",\"url\":\"https://vk.com/wall-1_" + run
                + i + "\",\"author\":{\"name\":\"" + AUTHORS[r.nextInt(AUTHORS.length)] + "\"},\"text\":\"" + text + "\"}";
    }

    static void ingest(String url, String token, String jdbc, String user, String password, int count, int threads,
                       String phases) throws Exception {
        List<String> phase = Arrays.asList(phases.split(","));
        // HTTP/1.1 with kept-alive connections, one per thread, as monitoring software posts (Java's default, HTTP/2
        // by upgrade, puts all threads on one connection)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String run = Long.toString(System.nanoTime(), 36);
        // warm-up, as JMH warms up before it measures: the JIT of a server on 2 cores busy with the
        // database and this client needs about a minute of single requests before their rate settles
        // (with 1,000 requests of warm-up the measured rate was an average over the compilation: 590/s
        // against 1,300-1,500/s once compiled). WARMUP seconds of each path measured below; the rows are
        // stored like the rest
        int warmup = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "60"));
        ExecutorService warmPool = Executors.newFixedThreadPool(threads);
        if (phase.contains("single")) {
            postFor(warmPool, threads, http, url + "/api/v1/messages", token, warmup,
                    i -> json(run + "x", i, new SplittableRandom(i)));
        }
        if (phase.contains("batch")) {
            postFor(warmPool, threads, http, url + "/api/v1/messages/batch", token, warmup / 2,
                    b -> batch(run + "w" + b, 0, 1000, new SplittableRandom(b)));
        }
        warmPool.shutdown();
        if (phases.contains("raw")) {
            rawJdbc(jdbc, user, password, 5000);
        }

        // the request bodies are written before the clock starts: the load generator shares the
        // server's cores, and its string formatting is not what is measured
        List<String> singles = new ArrayList<>();
        if (phase.contains("single")) {
            for (int i = 0; i < count; i++) {
                singles.add(json(run + "s", i, new SplittableRandom(i)));
            }
        }
        // a multiple of the threads, so that no thread idles through the last round
        int batches = Math.max(1, (count / 1000 + threads - 1) / threads) * threads;
        List<String> bodies = new ArrayList<>();
        if (phase.contains("batch")) {
            for (int b = 0; b < batches; b++) {
                bodies.add(batch(run + "b", b * 1000, 1000, new SplittableRandom(b)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger failures = new AtomicInteger();
        // single requests from several threads
        double single = 0;
        if (phase.contains("single")) {
            single = count / postAll(pool, threads, http, url + "/api/v1/messages", token, singles, 201, failures);
            System.out.printf("| REST, single requests (%d threads) | %.0f messages/s |%n", threads, single);
        }

        // the same messages again: idempotent, nothing created
        if (phase.contains("single") && phase.contains("repeat")) {
            AtomicInteger notIdempotent = new AtomicInteger();
            double seconds = postAll(pool, threads, http, url + "/api/v1/messages", token, singles, 200, notIdempotent);
            System.out.printf("| REST, the same messages again (idempotent, nothing created) | %.0f requests/s"
                    + " (%d not answered 200) |%n", count / seconds, notIdempotent.get());
        }

        // the baseline of single requests: the same threads insert each message and its timeline
        // line by JDBC and commit it on its own, as a single registration must
        if (phase.contains("single") && phase.contains("raw")) {
            double raw = rawJdbcSingle(jdbc, user, password, count, threads);
            System.out.printf("| raw JDBC, one transaction per message (%d threads, baseline) | %.0f rows/s |%n", threads, raw);
            System.out.printf("| REST single vs raw JDBC per message | %.1fx slower |%n", raw / single);
        }

        // batches of 1,000 from the same threads
        double batched = 0;
        if (phase.contains("batch")) {
            batched = batches * 1000.0 / postAll(pool, threads, http, url + "/api/v1/messages/batch", token, bodies,
                    200, failures);
            System.out.printf("| REST, batches of 1,000 (%d threads) | %.0f messages/s |%n", threads, batched);
        }
        pool.shutdown();

        // the baseline: the same number of rows by plain JDBC batches into the same table
        if (phase.contains("raw")) {
            double raw = rawJdbc(jdbc, user, password, batches * 1000);
            System.out.printf("| raw JDBC batch insert, same table, same rows (baseline) | %.0f rows/s |%n", raw);
            if (batched > 0) {
                System.out.printf("| REST batch vs raw JDBC | %.1fx slower |%n", raw / batched);
            }
        }
        System.out.printf("| failed requests | %d |%n", failures.get());
    }

    /**
     * Posts every body once, from {@code threads} threads taking the next one in turn; counts the
     * answers other than {@code expected} in {@code wrong}. Returns the seconds it took.
     */
    static double postAll(ExecutorService pool, int threads, HttpClient http, String url, String token,
                          List<String> bodies, int expected, AtomicInteger wrong) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        onEachThread(pool, threads, () -> {
            int i;
            while ((i = next.getAndIncrement()) < bodies.size()) {
                if (post(http, url, token, bodies.get(i)) != expected) {
                    wrong.incrementAndGet();
                }
            }
        });
        return seconds(t0);
    }

    /** Posts bodies made on the fly from {@code threads} threads for {@code seconds}; the answers are not looked at. */
    static void postFor(ExecutorService pool, int threads, HttpClient http, String url, String token, int seconds,
                        java.util.function.IntFunction<String> body) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        onEachThread(pool, threads, () -> {
            while (System.nanoTime() < end) {
                post(http, url, token, body.apply(next.getAndIncrement()));
            }
        });
    }

    /** What a thread of a load does until it is done. */
    interface Load {
        void run() throws Exception;
    }

    /** Runs {@code load} on {@code threads} threads of the pool at once and waits for all of them. */
    static void onEachThread(ExecutorService pool, int threads, Load load) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                load.run();
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    static String batch(String run, int from, int size, SplittableRandom r) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(json(run, from + i, r));
        }
        return sb.append(']').toString();
    }

    static int post(HttpClient http, String url, String token, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Inserts rows as a single registration would: message and timeline line, committed each, from several threads. */
    static double rawJdbcSingle(String jdbc, String user, String password, int rows, int threads) throws Exception {
        long org;
        long network;
        long id;
        long eventId;
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            org = scalar(c, "SELECT MIN(id) FROM organisation");
            network = scalar(c, "SELECT MIN(id) FROM network WHERE organisation_id = " + org + " AND code = 'vk'");
            id = scalar(c, "SELECT COALESCE(MAX(id), 0) FROM message") + 1_500_000_000L;
            eventId = scalar(c, "SELECT COALESCE(MAX(id), 0) FROM message_event") + 1_500_000_000L;
        }
        String run = "raw1" + Long.toString(System.nanoTime(), 36);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        onEachThread(pool, threads, () -> {
            try (Connection c = DriverManager.getConnection(jdbc, user, password);
                 PreparedStatement m = c.prepareStatement(INSERT_MESSAGE);
                 PreparedStatement e = c.prepareStatement(INSERT_EVENT)) {
                c.setAutoCommit(false);
                SplittableRandom r = new SplittableRandom(Thread.currentThread().getId());
                int i;
                while ((i = next.getAndIncrement()) < rows) {
                    bindRawRow(m, e, id + i, eventId + i, org, network, run + "-" + i, r);
                    m.executeUpdate();
                    e.executeUpdate();
                    c.commit();
                }
            }
        });
        pool.shutdown();
        return rows / seconds(t0);
    }

    /** Binds a raw baseline's row: a new incident as the API registers it, and its first timeline line. */
    static void bindRawRow(PreparedStatement m, PreparedStatement e, long id, long eventId, long org, long network,
                           String externalId, SplittableRandom r) throws Exception {
        Instant detected = Instant.now().minusSeconds(r.nextInt(60, 36000));
        bindMessage(m, id, org, network, null, "INCIDENT", "REGISTERED", externalId, text(r), detected,
                detected.plusSeconds(8 * 3600), null, true);
        e.setLong(1, eventId);
        e.setLong(2, id);
        e.setTimestamp(3, Timestamp.from(Instant.now()));
        e.setString(4, "api:bench");
        e.setString(5, "REGISTERED");
        e.setString(6, "bench");
    }

    /** Inserts rows as the application would (message + its first timeline line), batched, one transaction per 1,000. */
    static double rawJdbc(String jdbc, String user, String password, int rows) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc + System.getProperty("raw.options", ""), user, password)) {
            c.setAutoCommit(false);
            long org = scalar(c, "SELECT MIN(id) FROM organisation");
            long network = scalar(c, "SELECT MIN(id) FROM network WHERE organisation_id = " + org + " AND code = 'vk'");
            long id = scalar(c, "SELECT COALESCE(MAX(id), 0) FROM message") + 1_000_000_000L;
            long eventId = scalar(c, "SELECT COALESCE(MAX(id), 0) FROM message_event") + 1_000_000_000L;
            String run = "raw" + Long.toString(System.nanoTime(), 36);
            SplittableRandom r = new SplittableRandom(7);
            long t0 = System.nanoTime();
            try (PreparedStatement m = c.prepareStatement(INSERT_MESSAGE);
                 PreparedStatement e = c.prepareStatement(INSERT_EVENT)) {
                for (int i = 0; i < rows; i++) {
                    bindRawRow(m, e, id + i, eventId + i, org, network, run + "-" + i, r);
                    m.addBatch();
                    e.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        m.executeBatch();
                        e.executeBatch();
                        c.commit();
                    }
                }
                m.executeBatch();
                e.executeBatch();
                c.commit();
            }
            return rows / seconds(t0);
        }
    }

    /**
     * The row the application writes, its indexed columns included: the link's key (a SHA-256, so its
     * index is written at random places, as the application's is) and, for the ingestion baselines,
     * the warning and alarm times (a year ahead, so that the deadline sweep leaves these rows alone).
     */
    static final String INSERT_MESSAGE = "INSERT INTO message (id, organisation_id, kind, status, network_id, topic_id,"
            + " url, url_key, author_name, author_url, text, detected_at, registered_at, source, external_id,"
            + " executor_id, assigned_on_behalf, due_at, interim_answered_at, final_due_at, current_due_at, closed_at,"
            + " no_answer_ground, warn_at, alarm_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 'bench',"
            + " ?, NULL, FALSE, ?, NULL, NULL, ?, ?, NULL, ?, ?, 0)";
    static final String INSERT_EVENT = "INSERT INTO message_event (id, message_id, occurred_at, actor, type, details)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    static void bindMessage(PreparedStatement m, long id, long org, long network, Long topic, String kind,
                            String status, String externalId, String text, Instant detected, Instant due,
                            Instant closed, boolean alarms) throws Exception {
        m.setLong(1, id);
        m.setLong(2, org);
        m.setString(3, kind);
        m.setString(4, status);
        m.setLong(5, network);
        if (topic == null) {
            m.setNull(6, java.sql.Types.BIGINT);
        } else {
            m.setLong(6, topic);
        }
        String url = "https://vk.com/wall-1_" + externalId;
        m.setString(7, url);
        m.setString(8, ru.otklik.message.control.UrlKeys.key(url));
        m.setString(9, AUTHORS[(int) (id % AUTHORS.length)]);
        m.setString(10, text);
        m.setTimestamp(11, Timestamp.from(detected));
        m.setTimestamp(12, Timestamp.from(detected.plusSeconds(60)));
        m.setString(13, externalId);
        m.setTimestamp(14, Timestamp.from(due));
        m.setTimestamp(15, Timestamp.from(due));
        if (closed == null) {
            m.setNull(16, java.sql.Types.TIMESTAMP);
        } else {
            m.setTimestamp(16, Timestamp.from(closed));
        }
        if (alarms) {
            m.setTimestamp(17, Timestamp.from(due.plus(Duration.ofDays(365)).minusSeconds(3600)));
            m.setTimestamp(18, Timestamp.from(due.plus(Duration.ofDays(365))));
        } else {
            m.setNull(17, java.sql.Types.TIMESTAMP);
            m.setNull(18, java.sql.Types.TIMESTAMP);
        }
    }

    // ------------------------------------------------------------------ generator

    /**
     * A year of a busy settlement's messages, many times over: kinds 70/10/20, the usual
     * networks and topics, texts of the common complaints, deadlines in working time, and 95%
     * answered (mostly in time), the rest open (some overdue).
     */
    static void generate(String jdbc, String user, String password, int count) throws Exception {
        WorkingTime time = new WorkingTime(new ProductionCalendar(years()), WorkSchedule.standard());
        DeadlinePolicy policy = DeadlinePolicy.DECREE;
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            c.setAutoCommit(false);
            long org = scalar(c, "SELECT MIN(id) FROM organisation");
            Map<String, Long> networks = ids(c, "SELECT code, id FROM network WHERE organisation_id = " + org);
            Map<String, Long> topics = ids(c, "SELECT code, id FROM topic WHERE organisation_id = " + org);
            long id = scalar(c, "SELECT COALESCE(MAX(id), 0) FROM message") + 2_000_000_000L;
            SplittableRandom r = new SplittableRandom(2026);
            Instant now = Instant.now();
            long yearSeconds = 365L * 24 * 3600;
            long t0 = System.nanoTime();
            try (PreparedStatement m = c.prepareStatement(INSERT_MESSAGE)) {
                for (int i = 0; i < count; i++) {
                    int k = r.nextInt(10);
                    String kind = k < 7 ? "INCIDENT" : k < 8 ? "HIGH_IMPORTANCE" : "PUBLICATION";
                    DeadlineKind dk = DeadlineKind.valueOf(kind);
                    Instant detected = now.minusSeconds(r.nextLong(600, yearSeconds));
                    Instant due = policy.due(time, dk, detected);
                    boolean open = r.nextInt(100) < 5 && detected.isAfter(now.minusSeconds(30L * 24 * 3600));
                    String status = open ? new String[]{"REGISTERED", "TRIAGED", "AWAITING_HEAD", "IN_WORK", "IN_REVIEW",
                            "APPROVED"}[r.nextInt(6)] : r.nextInt(20) == 0 ? "NO_ANSWER" : "CLOSED";
                    Instant closed = open ? null : detected.plusSeconds(r.nextLong(1800, r.nextInt(10) == 0 ? 200_000 : 30_000));
                    String text = text(r);
                    bindMessage(m, id + i, org, networks.get(NETWORKS[r.nextInt(NETWORKS.length)]),
                            topics.get(TOPICS[r.nextInt(TOPICS.length)]), kind, status, "gen-" + (id + i), text,
                            detected, due, closed, false);
                    m.addBatch();
                    if ((i + 1) % 5000 == 0) {
                        m.executeBatch();
                        c.commit();
                    }
                }
                m.executeBatch();
                c.commit();
            }
            System.out.printf("| generated messages | %d in %.0f s |%n", count, seconds(t0));
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE message");
            }
        }
    }

    static Map<Integer, ru.otklik.worktime.control.CalendarYear> years() {
        Map<Integer, ru.otklik.worktime.control.CalendarYear> years = new HashMap<>();
        for (var y : ShippedCalendars.all()) {
            years.put(y.year(), y);
        }
        return years;
    }

    // ------------------------------------------------------------------ grid

    /** The list API's page queries (page of 50 with the total), as the grid asks them. */
    static void grid(String url, String token, int requests) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String[] queries = {
                "open=true&sort=due",                     // the default grid: open, nearest deadline first
                "overdue=true&sort=due",                  // Просроченные
                "dueToday=true",                          // Срок сегодня
                "status=AWAITING_HEAD&sort=due",          // Ждут главу
                "status=IN_REVIEW,APPROVED&sort=-detected",
                "kind=HIGH_IMPORTANCE&sort=-detected",    // all high-importance, newest first
                "sort=-detected&offset=5000",             // deep paging through everything
                "kind=PUBLICATION&status=CLOSED&sort=-detected"};
        for (String q : queries) {
            for (int i = 0; i < 5; i++) {
                get(http, url + "/api/v1/messages?limit=50&" + q, token);
            }
        }
        for (String q : queries) {
            long[] times = new long[requests];
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                int status = get(http, url + "/api/v1/messages?limit=50&" + q, token);
                times[i] = System.nanoTime() - t0;
                if (status != 200) {
                    throw new IllegalStateException(q + " answered " + status);
                }
            }
            Arrays.sort(times);
            System.out.printf("| `%s` | %.1f ms | %.1f ms | %.1f ms |%n", q, times[requests / 2] / 1e6,
                    times[(int) (requests * 0.95)] / 1e6, times[requests - 1] / 1e6);
        }
    }

    static int get(HttpClient http, String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static long scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Map<String, Long> ids(Connection c, String sql) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
