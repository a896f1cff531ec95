package ru.otklik.bench.deadlines;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The JDBC side of the deadline-timer benchmark (issue 5), one phase per command, run by
 * bench/deadlines.sh:
 * <pre>
 *   staff  JDBC-URL USER PASSWORD                  a curator and a head without e-mail (the recipients of deadline notices)
 *   fill   JDBC-URL USER PASSWORD COUNT            open messages whose alarms lie 3 hours to 10 days ahead (steady state)
 *   query  JDBC-URL USER PASSWORD RUNS             the sweep's query: EXPLAIN, p50/p95/max with and without ix_message_alarm
 *   burst  JDBC-URL USER PASSWORD N SLOT LEAD-MS SPREAD-MS
 *                                                  N of the open messages due from LEAD-MS ahead, spread evenly over
 *                                                  SPREAD-MS (0: all at one instant), half warnings and half overdue
 *                                                  notices; prints the first instant (epoch ms)
 *   delays JDBC-URL USER PASSWORD N SLOT AT-MS SPREAD-MS TIMEOUT-S
 *                                                  waits until the burst's messages have their notifications and
 *                                                  prints the delays from each one's alarm instant
 * </pre>
 * SLOT 0, 1 or 2 picks one of three disjoint sets of N messages (every (COUNT/N)-th one). All instants
 * are written and read as UTC, as the application does ({@code hibernate.jdbc.time_zone=UTC}).
 * Prints Markdown for bench/README.md.
 */
public final class DeadlinesBenchmark {

    static final String SOURCE = "bench-deadlines";
    /** The query of {@code Message.ALARMS_DUE} with the sweep's batch of 200, as Hibernate sends it to MariaDB. */
    static final String DUE = "SELECT id FROM message WHERE alarm_at <= ? ORDER BY alarm_at LIMIT 200";
    static final String DUE_NO_INDEX =
            "SELECT id FROM message IGNORE INDEX (ix_message_alarm) WHERE alarm_at <= ? ORDER BY alarm_at LIMIT 200";

    static final String[] NETWORKS = {"vk", "vk", "vk", "vk", "ok", "ok", "telegram", "max"};
    static final String[] TOPICS = {"roads", "housing", "improvement", "transport", "health", "education", "social",
            "safety", "other"};
    static final String[] OPEN_STATUSES = {"REGISTERED", "TRIAGED", "AWAITING_HEAD", "IN_WORK", "IN_REVIEW", "APPROVED"};
    static final String[] TEXTS = {
            "Когда наконец отремонтируют дорогу на улице %1$s? Ямы по колено, машины бьют подвеску.",
            "Третий день нет воды в доме %2$s по улице %1$s. Куда звонить?",
            "На остановке у дома %2$s на %1$s не горит фонарь, вечером страшно ходить.",
            "Мусор не вывозят с прошлой недели, контейнеры на %1$s переполнены.",
            "Почему автобус №%2$s опять не пришёл по расписанию?",
            "Бродячие собаки у детского сада на %1$s, дети боятся.",
            "Снег не убран на тротуарах улицы %1$s, бабушки падают."};
    static final String[] STREETS = {"Ленина", "Садовой", "Школьной", "Мира", "Советской", "Красной", "Пушкина"};
    static final String[] AUTHORS = {"Иван Петров", "Мария Сидорова", "Ольга К.", "Алексей", "Татьяна Иванова"};

    private DeadlinesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[1] + (args[1].contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        try (Connection c = DriverManager.getConnection(url, args[2], args[3])) {
            switch (args[0]) {
                case "staff" -> staff(c);
                case "fill" -> fill(c, Integer.parseInt(args[4]));
                case "query" -> query(c, Integer.parseInt(args[4]));
                case "burst" -> burst(c, Integer.parseInt(args[4]), Integer.parseInt(args[5]), Long.parseLong(args[6]),
                        Long.parseLong(args[7]));
                case "delays" -> delays(c, Integer.parseInt(args[4]), Integer.parseInt(args[5]), Long.parseLong(args[6]),
                        Long.parseLong(args[7]), Integer.parseInt(args[8]));
                default -> throw new IllegalArgumentException("staff | fill | query | burst | delays");
            }
        }
    }

    // ------------------------------------------------------------------ preparation

    /** The curator (warnings and overdue notices) and the head (overdue notices); no e-mail, nobody logs in. */
    static void staff(Connection c) throws Exception {
        long org = scalar(c, "SELECT MIN(id) FROM organisation");
        long id = scalar(c, "SELECT COALESCE(MAX(id), 0) FROM staff_user") + 1_000_000L;
        try (PreparedStatement u = c.prepareStatement("INSERT INTO staff_user (id, organisation_id, login, full_name,"
                + " position_title, email, password_hash, password_change_required, active, locale, created_at, version)"
                + " VALUES (?, ?, ?, ?, NULL, NULL, 'bench: not a hash, nobody logs in', FALSE, TRUE, 'ru', ?, 0)");
             PreparedStatement r = c.prepareStatement("INSERT INTO staff_user_role (user_id, role) VALUES (?, ?)")) {
            String[][] staff = {{"bench-curator", "Куратор (бенчмарк)", "CURATOR"}, {"bench-head", "Глава (бенчмарк)", "HEAD"}};
            for (int i = 0; i < staff.length; i++) {
                u.setLong(1, id + i);
                u.setLong(2, org);
                u.setString(3, staff[i][0]);
                u.setString(4, staff[i][1]);
                u.setObject(5, utc(Instant.now()));
                u.executeUpdate();
                r.setLong(1, id + i);
                r.setString(2, staff[i][2]);
                r.executeUpdate();
            }
        }
    }

    /**
     * COUNT open messages as the desk holds them between two deadlines: registered in the last
     * three days, kinds 70/10/20, the usual networks and topics, no executor named yet, the
     * deadline 1 to 8 hours after its warning, and the next alarm (the warning) 3 hours to 10 days
     * ahead, so that a sweep finds nothing due.
     */
    static void fill(Connection c, int count) throws Exception {
        c.setAutoCommit(false);
        long org = scalar(c, "SELECT MIN(id) FROM organisation");
        Map<String, Long> networks = ids(c, "SELECT code, id FROM network WHERE organisation_id = " + org);
        Map<String, Long> topics = ids(c, "SELECT code, id FROM topic WHERE organisation_id = " + org);
        long base = scalar(c, "SELECT COALESCE(MAX(id), 0) FROM message") + 3_000_000_000L;
        SplittableRandom r = new SplittableRandom(5);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long t0 = System.nanoTime();
        try (PreparedStatement m = c.prepareStatement("INSERT INTO message (id, organisation_id, kind, status,"
                + " network_id, topic_id, url, url_key, author_name, author_url, text, detected_at, registered_at, source,"
                + " external_id, executor_id, assigned_on_behalf, due_at, interim_answered_at, final_due_at,"
                + " current_due_at, closed_at, no_answer_ground, version, warn_at, alarm_at, warned_for, overdue_for)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?, ?, NULL, FALSE, ?, NULL, NULL, ?, NULL, NULL, 0,"
                + " ?, ?, NULL, NULL)")) {
            for (int i = 0; i < count; i++) {
                int k = r.nextInt(10);
                String kind = k < 7 ? "INCIDENT" : k < 8 ? "HIGH_IMPORTANCE" : "PUBLICATION";
                Instant detected = now.minusSeconds(r.nextLong(60, 3 * 24 * 3600));
                Instant warn = now.plusSeconds(r.nextLong(3 * 3600, 10 * 24 * 3600));
                Instant due = warn.plusSeconds(r.nextLong(3600, 8 * 3600));
                String externalId = "dl-" + i;
                m.setLong(1, base + i);
                m.setLong(2, org);
                m.setString(3, kind);
                m.setString(4, OPEN_STATUSES[r.nextInt(OPEN_STATUSES.length)]);
                m.setLong(5, networks.get(NETWORKS[r.nextInt(NETWORKS.length)]));
                m.setLong(6, topics.get(TOPICS[r.nextInt(TOPICS.length)]));
                m.setString(7, "https://vk.com/wall-1_" + externalId);
                m.setString(8, AUTHORS[r.nextInt(AUTHORS.length)]);
                m.setString(9, String.format(TEXTS[r.nextInt(TEXTS.length)], STREETS[r.nextInt(STREETS.length)],
                        r.nextInt(1, 60)));
                m.setObject(10, utc(detected));
                m.setObject(11, utc(detected.plusSeconds(60)));
                m.setString(12, SOURCE);
                m.setString(13, externalId);
                m.setObject(14, utc(due));
                m.setObject(15, utc(due));
                m.setObject(16, utc(warn));
                m.setObject(17, utc(warn));
                m.addBatch();
                if ((i + 1) % 5000 == 0) {
                    m.executeBatch();
                    c.commit();
                }
            }
            m.executeBatch();
            c.commit();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE message");
        }
        c.commit();
        System.out.printf("| open messages inserted (JDBC, batches of 5,000) | %,d in %.1f s |%n", count, seconds);
    }

    // ------------------------------------------------------------------ the sweep's query at steady state

    static void query(Connection c, int runs) throws Exception {
        System.out.println("| table `message` | rows |");
        System.out.println("|---|---|");
        System.out.printf("| all | %,d |%n", scalar(c, "SELECT COUNT(*) FROM message"));
        System.out.printf("| open (`closed_at IS NULL`) | %,d |%n", scalar(c, "SELECT COUNT(*) FROM message WHERE closed_at IS NULL"));
        System.out.printf("| with a pending alarm (`alarm_at IS NOT NULL`) | %,d |%n",
                scalar(c, "SELECT COUNT(*) FROM message WHERE alarm_at IS NOT NULL"));
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM message WHERE alarm_at <= ?")) {
            p.setObject(1, utc(Instant.now()));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                System.out.printf("| due now (what a sweep finds) | %,d |%n", rs.getLong(1));
            }
        }
        System.out.println();
        System.out.println("EXPLAIN of the sweep's query, with the index and without it:");
        System.out.println();
        explain(c, DUE, true);
        explain(c, DUE_NO_INDEX, false);
        System.out.println();
        int slowRuns = Math.max(20, runs / 50);
        double[] indexed = time(c, DUE, 200, runs);
        double[] scan = time(c, DUE_NO_INDEX, 3, slowRuns);
        System.out.println("| one sweep's query at steady state (nothing due), JDBC on loopback | runs | p50 | p95 | max |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf("| `%s` | %,d | %s | %s | %s |%n", DUE, runs, ms(indexed, 0.5), ms(indexed, 0.95), ms(indexed, 1));
        System.out.printf("| baseline: the same `IGNORE INDEX (ix_message_alarm)` | %,d | %s | %s | %s |%n", slowRuns,
                ms(scan, 0.5), ms(scan, 0.95), ms(scan, 1));
    }

    static void explain(Connection c, String sql, boolean header) throws Exception {
        try (PreparedStatement p = c.prepareStatement("EXPLAIN " + sql)) {
            p.setObject(1, utc(Instant.now()));
            try (ResultSet rs = p.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                if (header) {
                    StringBuilder h = new StringBuilder("| query |");
                    StringBuilder line = new StringBuilder("|---|");
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        h.append(' ').append(md.getColumnLabel(i)).append(" |");
                        line.append("---|");
                    }
                    System.out.println(h);
                    System.out.println(line);
                }
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(header ? "| with the index |" : "| `IGNORE INDEX` |");
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.append(' ').append(rs.getString(i) == null ? "" : rs.getString(i)).append(" |");
                    }
                    System.out.println(row);
                }
            }
        }
    }

    /** The query run {@code warmUp} times, then timed {@code runs} times (execution and reading all rows); sorted ns. */
    static double[] time(Connection c, String sql, int warmUp, int runs) throws Exception {
        double[] times = new double[runs];
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = -warmUp; i < runs; i++) {
                long t0 = System.nanoTime();
                p.setObject(1, utc(Instant.now()));
                int rows = 0;
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rows++;
                    }
                }
                if (i >= 0) {
                    times[i] = System.nanoTime() - t0;
                }
                if (rows != 0) {
                    throw new IllegalStateException("steady state expected, but " + rows + " alarms are due");
                }
            }
        }
        java.util.Arrays.sort(times);
        return times;
    }

    // ------------------------------------------------------------------ a burst of alarms

    /**
     * A burst's messages: every step-th of the filled ones (step = filled / n), from offset
     * {@code slot * step / 3}, so the three slots never share a message. Message j of a burst
     * (j = 0 .. n-1 in id order) is due at {@code at + j * spread / n} ms; the even ones become
     * warnings, the odd ones overdue notices.
     */
    record Burst(long base, long step, int n, int slot, long spread) {

        static Burst of(Connection c, int n, int slot, long spread) throws Exception {
            long base = scalar(c, "SELECT MIN(id) FROM message WHERE source = '" + SOURCE + "'");
            long step = scalar(c, "SELECT COUNT(*) FROM message WHERE source = '" + SOURCE + "'") / n;
            return new Burst(base, step, n, slot, spread);
        }

        String where() {
            return "m.source = '" + SOURCE + "' AND MOD(m.id - " + base + ", " + step + ") = " + (slot * step / 3)
                    + " AND (m.id - " + base + ") DIV " + step + " < " + n;
        }

        String j() {
            return "((m.id - " + base + ") DIV " + step + ")";
        }

        /** The alarm instant of message j, in SQL, from the burst's first instant bound as a parameter. */
        String alarm() {
            return "TIMESTAMPADD(MICROSECOND, " + j() + " * " + spread + " DIV " + n + " * 1000, ?)";
        }

        Instant alarm(long id, Instant at) {
            return at.plusMillis((id - base) / step * spread / n);
        }
    }

    static void burst(Connection c, int n, int slot, long leadMillis, long spreadMillis) throws Exception {
        Burst b = Burst.of(c, n, slot, spreadMillis);
        Instant at = Instant.now().plusMillis(leadMillis).truncatedTo(ChronoUnit.MILLIS);
        c.setAutoCommit(false);
        int warnings;
        int overdue;
        // half warnings: the alarm is the warning, the deadline stays hours to days ahead (the curator is told)
        try (PreparedStatement p = c.prepareStatement("UPDATE message m SET m.warn_at = " + b.alarm() + ", m.alarm_at = "
                + b.alarm() + " WHERE " + b.where() + " AND MOD(" + b.j() + ", 2) = 0")) {
            p.setObject(1, utc(at));
            p.setObject(2, utc(at));
            warnings = p.executeUpdate();
        }
        // half overdue notices: the deadline itself is the alarm (the curator and the head are told)
        try (PreparedStatement p = c.prepareStatement("UPDATE message m SET m.warn_at = ?, m.due_at = " + b.alarm()
                + ", m.current_due_at = " + b.alarm() + ", m.alarm_at = " + b.alarm() + " WHERE " + b.where()
                + " AND MOD(" + b.j() + ", 2) = 1")) {
            p.setObject(1, utc(at.minusSeconds(2 * 3600)));
            p.setObject(2, utc(at));
            p.setObject(3, utc(at));
            p.setObject(4, utc(at));
            overdue = p.executeUpdate();
        }
        c.commit();
        if (warnings + overdue != n) {
            throw new IllegalStateException("burst of " + n + " expected, " + (warnings + overdue) + " set");
        }
        System.out.println(at.toEpochMilli());
    }

    /**
     * Waits until every message of the burst has its notifications, then prints, per message, the
     * delay from its alarm instant to the sweep that gave it (its timeline line) and to its first
     * and last notification row.
     */
    static void delays(Connection c, int n, int slot, long atMillis, long spreadMillis, int timeoutSeconds)
            throws Exception {
        Burst b = Burst.of(c, n, slot, spreadMillis);
        Instant at = Instant.ofEpochMilli(atMillis);
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        long notified;
        while ((notified = scalar(c, "SELECT COUNT(DISTINCT n.message_id) FROM notification n JOIN message m"
                + " ON m.id = n.message_id WHERE " + b.where())) < n && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        Thread.sleep(1000); // the last batch's rows commit together; nothing more is expected
        List<Double> toSweep = new ArrayList<>();
        List<Double> toFirst = new ArrayList<>();
        List<Double> toLast = new ArrayList<>();
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT m.id, MIN(n.created_at),"
                + " MAX(n.created_at), COUNT(*) FROM notification n JOIN message m ON m.id = n.message_id WHERE "
                + b.where() + " GROUP BY m.id")) {
            while (rs.next()) {
                Instant alarm = b.alarm(rs.getLong(1), at);
                toFirst.add(seconds(alarm, rs.getObject(2, LocalDateTime.class)));
                toLast.add(seconds(alarm, rs.getObject(3, LocalDateTime.class)));
                rows += rs.getLong(4);
            }
        }
        long warnings = 0;
        long overdue = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT m.id, e.type, MIN(e.occurred_at)"
                + " FROM message_event e JOIN message m ON m.id = e.message_id WHERE " + b.where()
                + " AND e.type IN ('DEADLINE_WARNING', 'DEADLINE_OVERDUE') GROUP BY m.id, e.type")) {
            while (rs.next()) {
                if ("DEADLINE_WARNING".equals(rs.getString(2))) {
                    warnings++;
                } else {
                    overdue++;
                }
                toSweep.add(seconds(b.alarm(rs.getLong(1), at), rs.getObject(3, LocalDateTime.class)));
            }
        }
        System.out.println("| figure | value |");
        System.out.println("|---|---|");
        System.out.printf("| messages due | %,d, %s (%,d warnings to the curator, %,d overdue notices to the"
                        + " curator and the head) |%n", n, spreadMillis == 0 ? "all at one instant"
                        : String.format("one every %.0f ms over %.0f s", (double) spreadMillis / n, spreadMillis / 1000.0),
                n - n / 2, n / 2);
        System.out.printf("| messages notified | %,d of %,d |%n", notified, n);
        System.out.printf("| timeline lines written by the sweep | %,d warnings, %,d overdue |%n", warnings, overdue);
        System.out.printf("| notification rows | %,d (expected %,d) |%n", rows, (n - n / 2) + 2L * (n / 2));
        System.out.println();
        System.out.println("| delay after the message's alarm instant | p50 | p95 | max |");
        System.out.println("|---|---|---|---|");
        row("until the sweep that gives it starts (its timeline line's time)", toSweep);
        row("**until its first notification row is written**", toFirst);
        row("until its last notification row is written", toLast);
    }

    static void row(String what, List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            System.out.printf("| %s | none | none | none |%n", what);
            return;
        }
        System.out.printf("| %s | %.1f s | %.1f s | %.1f s |%n", what, at(v, 0.5), at(v, 0.95), at(v, 1));
    }

    // ------------------------------------------------------------------ helpers

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static double seconds(Instant from, LocalDateTime to) {
        return (to.toInstant(ZoneOffset.UTC).toEpochMilli() - from.toEpochMilli()) / 1000.0;
    }

    static double at(double[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static String ms(double[] sortedNanos, double q) {
        return String.format("%.2f ms", at(sortedNanos, q) / 1e6);
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
}
