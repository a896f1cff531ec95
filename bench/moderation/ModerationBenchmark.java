package ru.otklik.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The moderation queue against the message grid (issue 8), run by bench/moderation.sh as a
 * single-file program ({@code java -cp mariadb-java-client.jar ModerationBenchmark.java ...}):
 * <pre>
 *   generate JDBC-URL USER PASSWORD COUNT     official accounts and COUNT realistic comments
 *   queries  JDBC-URL USER PASSWORD REPEATS   p50/p95/max of page (50) + count, queue and grid, same run
 * </pre>
 * The SQL is what Hibernate 6 generates for Moderation.page/count (CommentQuery) and for
 * Messages.page/count (MessageQuery, the grid's default: open messages by current deadline):
 * the same joins, conditions, order and LIMIT/OFFSET, with every column of the fetched entities.
 * Prints Markdown rows for bench/README.md.
 */
public final class ModerationBenchmark {

    static final String[] STREETS = {"Ленина", "Мира", "Советская", "Гагарина", "Садовая", "Школьная", "Лесная",
            "Набережная", "Молодёжная", "Заречная"};
    static final String[] TEXTS = {
            "Когда наконец отремонтируют дорогу на улице %1$s? Ямы по колено.",
            "Спасибо за новую детскую площадку у дома %2$s на %1$s!",
            "На %1$s опять не вывезли мусор, контейнеры переполнены.",
            "Автобус №%2$s снова не пришёл по расписанию, сколько можно?",
            "Отличная новость, молодцы!",
            "Вы там вообще работаете? Одни отписки, позор.",
            "Куплю гараж на %1$s, звоните, недорого. Подробности в личке.",
            "Когда включат отопление в доме %2$s? Дети мёрзнут.",
            "Поддерживаю, давно пора было сделать.",
            "Фонари на %1$s не горят уже неделю, вечером страшно."};
    static final String[] NAMES = {"Иван Петров", "Мария Смирнова", "Алексей Кузнецов", "Ольга Попова",
            "Сергей Васильев", "Наталья Соколова", "Дмитрий Михайлов", "Елена Новикова", "Андрей Фёдоров",
            "Татьяна Морозова"};

    // ---------------------------------------------------------------- the queue (Moderation.page/count)

    static final String COMMENT_COLUMNS = "c.id,c.account_id,c.author_banned,c.author_id,c.author_name,c.decided_at,"
            + "c.decided_by,c.decision_note,c.delete_reason,c.external_id,c.flag_insult,c.flag_obscene,c.flag_spam,"
            + "c.flag_threat,c.flagged,c.network_id,c.organisation_id,c.posted_at,c.received_at,c.source,c.state,"
            + "c.suggested_reason,c.text,c.url,c.version";
    /** The page as Moderation.page reads it since V11: the comments alone, accounts and networks apart (PREFETCH). */
    static final String QUEUE_PAGE = "SELECT " + COMMENT_COLUMNS + " FROM account_comment c"
            + " WHERE c.organisation_id = ?%s ORDER BY c.posted_at DESC, c.id DESC LIMIT ? OFFSET ?";
    /** The organisation's networks, then its accounts with their network: read before each page. */
    static final String[] PREFETCH = {
            "SELECT n.* FROM network n WHERE n.organisation_id = ? ORDER BY n.sort_order, n.name",
            "SELECT a.*, n.* FROM official_account a JOIN network n ON n.id = a.network_id"
                    + " WHERE a.organisation_id = ? ORDER BY n.sort_order, a.name"};
    /** The page as it was before (JOIN FETCH of account and network), for comparison in the same run. */
    static final String QUEUE_PAGE_JOINED = "SELECT " + COMMENT_COLUMNS + ",a.*,n.* FROM account_comment c"
            + " JOIN official_account a ON a.id = c.account_id JOIN network n ON n.id = c.network_id"
            + " WHERE c.organisation_id = ?%s ORDER BY c.posted_at DESC, c.id DESC LIMIT ? OFFSET ?";
    static final String QUEUE_COUNT = "SELECT COUNT(c.id) FROM account_comment c WHERE c.organisation_id = ?%s";
    static final String QUEUE_STATES = "SELECT c.state, COUNT(c.id) FROM account_comment c"
            + " WHERE c.organisation_id = ?%s GROUP BY c.state";

    // ---------------------------------------------------------------- the grid (Messages.page/count)

    static final String GRID_PAGE = "SELECT m.*, n.*, t.*, e.* FROM message m JOIN network n ON n.id = m.network_id"
            + " LEFT JOIN topic t ON t.id = m.topic_id LEFT JOIN staff_user e ON e.id = m.executor_id"
            + " WHERE m.organisation_id = ? AND m.closed_at IS NULL ORDER BY m.current_due_at ASC, m.id ASC LIMIT ? OFFSET ?";
    static final String GRID_COUNT = "SELECT COUNT(m.id) FROM message m WHERE m.organisation_id = ? AND m.closed_at IS NULL";
    /** The grid over every message, newest first: the same size of result as the queue's "all states". */
    static final String GRID_ALL_PAGE = "SELECT m.*, n.*, t.*, e.* FROM message m JOIN network n ON n.id = m.network_id"
            + " LEFT JOIN topic t ON t.id = m.topic_id LEFT JOIN staff_user e ON e.id = m.executor_id"
            + " WHERE m.organisation_id = ? ORDER BY m.detected_at DESC, m.id DESC LIMIT ? OFFSET ?";
    static final String GRID_ALL_COUNT = "SELECT COUNT(m.id) FROM message m WHERE m.organisation_id = ?";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(args[1], args[2], args[3], Integer.parseInt(args[4]));
            case "queries" -> queries(args[1], args[2], args[3], Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("generate | queries");
        }
    }

    static void generate(String jdbc, String user, String password, int count) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc + "?rewriteBatchedStatements=true", user, password)) {
            c.setAutoCommit(false);
            long org = scalar(c, "SELECT MIN(id) FROM organisation");
            Map<String, Long> networks = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT code, id FROM network WHERE organisation_id = " + org + " ORDER BY sort_order")) {
                while (rs.next()) {
                    networks.put(rs.getString(1), rs.getLong(2));
                }
            }
            // 12 official accounts over the networks (city, districts, services)
            long[] accounts = new long[12];
            long[] accountNetwork = new long[12];
            List<Long> nets = new ArrayList<>(networks.values());
            long accountId = scalar(c, "SELECT COALESCE(MAX(id), 0) FROM official_account") + 1_000_000L;
            try (PreparedStatement a = c.prepareStatement("INSERT INTO official_account (id, organisation_id,"
                    + " network_id, name, link, phone, status, description, has_avatar, has_cover, has_description,"
                    + " has_pinned_post, has_widgets, has_contacts, created_at, version)"
                    + " VALUES (?,?,?,?,?,NULL,'ACTIVE',NULL,TRUE,TRUE,TRUE,FALSE,FALSE,TRUE,NOW(6),0)")) {
                for (int i = 0; i < accounts.length; i++) {
                    accounts[i] = accountId + i;
                    accountNetwork[i] = nets.get(i % Math.min(3, nets.size()));
                    a.setLong(1, accounts[i]);
                    a.setLong(2, org);
                    a.setLong(3, accountNetwork[i]);
                    a.setString(4, "Бенчмарк: аккаунт " + (i + 1));
                    a.setString(5, "https://vk.com/bench" + (i + 1));
                    a.addBatch();
                }
                a.executeBatch();
            }
            c.commit();
            long id = scalar(c, "SELECT COALESCE(MAX(id), 0) FROM account_comment") + 1_000_000_000L;
            SplittableRandom r = new SplittableRandom(2026);
            Instant now = Instant.now();
            long yearSeconds = 365L * 24 * 3600;
            long t0 = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO account_comment (id, organisation_id,"
                    + " account_id, network_id, external_id, author_id, author_name, text, url, posted_at, received_at,"
                    + " source, state, delete_reason, decision_note, decided_by, decided_at, flag_obscene, flag_insult,"
                    + " flag_threat, flag_spam, author_banned, flagged, suggested_reason, version)"
                    + " VALUES (?,?,?,?,?,?,?,?,NULL,?,?,?,?,?,NULL,?,?,?,?,?,?,?,?,?,0)")) {
                for (int i = 0; i < count; i++) {
                    // accounts skewed: the city's main account gets the most
                    int acc = r.nextInt(10) < 4 ? 0 : r.nextInt(accounts.length);
                    int author = (int) Math.min(4999, Math.abs(r.nextGaussian()) * 1200);
                    int t = r.nextInt(TEXTS.length);
                    String text = String.format(TEXTS[t], STREETS[r.nextInt(STREETS.length)], r.nextInt(1, 60));
                    boolean insult = t == 5 && r.nextInt(2) == 0, spam = t == 6, obscene = r.nextInt(100) < 2,
                            threat = r.nextInt(1000) < 2, banned = author < 20 && r.nextInt(3) == 0;
                    boolean flagged = insult || spam || obscene || threat || banned;
                    Instant posted = now.minusSeconds(r.nextLong(60, yearSeconds));
                    // recent ones wait in the queue, older ones are decided
                    boolean recent = posted.isAfter(now.minusSeconds(14L * 24 * 3600));
                    String state = recent && r.nextInt(10) < 7 || r.nextInt(100) < 3 ? "PENDING"
                            : flagged && r.nextInt(10) < 8 || r.nextInt(100) < 5 ? "DELETED" : "KEPT";
                    int k = 1;
                    p.setLong(k++, id + i);
                    p.setLong(k++, org);
                    p.setLong(k++, accounts[acc]);
                    p.setLong(k++, accountNetwork[acc]);
                    p.setString(k++, "bench-" + (id + i));
                    p.setString(k++, "id" + (100000 + author));
                    p.setString(k++, NAMES[author % NAMES.length]);
                    p.setString(k++, text);
                    p.setTimestamp(k++, Timestamp.from(posted));
                    p.setTimestamp(k++, Timestamp.from(posted.plusSeconds(r.nextLong(5, 600))));
                    p.setString(k++, r.nextInt(10) < 8 ? "api" : "manual");
                    p.setString(k++, state);
                    p.setString(k++, "DELETED".equals(state) ? (spam ? "SPAM" : insult ? "INSULT" : obscene
                            ? "OBSCENE_LANGUAGE" : "OFF_TOPIC") : null);
                    boolean decided = !"PENDING".equals(state);
                    p.setString(k++, decided ? "moderator" + r.nextInt(4) : null);
                    p.setTimestamp(k++, decided ? Timestamp.from(posted.plusSeconds(r.nextLong(60, 86_400))) : null);
                    p.setBoolean(k++, obscene);
                    p.setBoolean(k++, insult);
                    p.setBoolean(k++, threat);
                    p.setBoolean(k++, spam);
                    p.setBoolean(k++, banned);
                    p.setBoolean(k++, flagged);
                    p.setString(k, spam ? "SPAM" : insult ? "INSULT" : obscene ? "OBSCENE_LANGUAGE" : null);
                    p.addBatch();
                    if ((i + 1) % 5000 == 0) {
                        p.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                c.commit();
            }
            System.out.printf("| generated comments | %d in %.1f s (%d accounts) |%n", count,
                    (System.nanoTime() - t0) / 1e9, accounts.length);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE account_comment");
            }
        }
    }

    record Case(String name, String page, String count, List<Object> params, boolean prefetch) {
    }

    static void queries(String jdbc, String user, String password, int repeats) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            long org = scalar(c, "SELECT MIN(id) FROM organisation");
            long mainAccount = scalar(c, "SELECT MIN(id) FROM official_account WHERE name LIKE 'Бенчмарк%'");
            long smallAccount = scalar(c, "SELECT MAX(id) FROM official_account WHERE name LIKE 'Бенчмарк%'");
            List<Case> cases = List.of(
                    new Case("grid: open messages by deadline (baseline)", GRID_PAGE, GRID_COUNT, List.of(org), false),
                    new Case("grid: all messages, newest first (baseline)", GRID_ALL_PAGE, GRID_ALL_COUNT, List.of(org),
                            false),
                    queue("queue: pending tab, newest first", " AND c.state IN (?)", org, "PENDING"),
                    queue("queue: all states, newest first", "", org),
                    queue("queue: pending, flagged only", " AND c.state IN (?) AND c.flagged = TRUE", org, "PENDING"),
                    queue("queue: all states, flagged only", " AND c.flagged = TRUE", org),
                    queue("queue: pending, the main account", " AND c.account_id IN (?) AND c.state IN (?)", org,
                            mainAccount, "PENDING"),
                    queue("queue: deleted, a small account", " AND c.account_id IN (?) AND c.state IN (?)", org,
                            smallAccount, "DELETED"),
                    queue("queue: text search \"мусор\", all states", TEXT, org, "%мусор%", "%мусор%", "мусор"),
                    queue("queue: text search \"мусор\", pending", " AND c.state IN (?)" + TEXT, org, "PENDING",
                            "%мусор%", "%мусор%", "мусор"),
                    // before the fix, for comparison: the page with the JOIN FETCH of account and network
                    joined(queue("before (JOIN FETCH): pending tab", " AND c.state IN (?)", org, "PENDING")),
                    joined(queue("before (JOIN FETCH): all states", "", org)));
            for (Case k : cases) {
                run(c, k, 0, 10); // warm-up
            }
            for (Case k : cases) {
                double[] both = new double[repeats], page = new double[repeats], count = new double[repeats];
                long total = 0;
                for (int i = 0; i < repeats; i++) {
                    long t0 = System.nanoTime();
                    run(c, k, 0, 1);
                    long t1 = System.nanoTime();
                    total = run(c, k, 1, 1);
                    long t2 = System.nanoTime();
                    page[i] = (t1 - t0) / 1e6;
                    count[i] = (t2 - t1) / 1e6;
                    both[i] = (t2 - t0) / 1e6;
                }
                System.out.printf("| %s | %,d | %s | %s | %s | %s |%n", k.name(), total, ms(pct(both, 50)),
                        ms(pct(both, 95)), ms(pct(both, 100)), ms(pct(page, 50)) + " + " + ms(pct(count, 50)));
            }
            // the tab badges of the queue: counts by state in one GROUP BY (Moderation.counts)
            double[] s = new double[repeats];
            for (int i = 0; i < repeats + 10; i++) {
                long t0 = System.nanoTime();
                try (PreparedStatement p = c.prepareStatement(String.format(QUEUE_STATES, ""))) {
                    p.setLong(1, org);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(2);
                        }
                    }
                }
                if (i >= 10) {
                    s[i - 10] = (System.nanoTime() - t0) / 1e6;
                }
            }
            System.out.printf("| queue: counts by state (tab badges, GROUP BY) | | %s | %s | %s | |%n",
                    ms(pct(s, 50)), ms(pct(s, 95)), ms(pct(s, 100)));
        }
    }

    static final String TEXT = " AND (LOWER(c.text) LIKE ? ESCAPE '!' OR LOWER(c.author_name) LIKE ? ESCAPE '!'"
            + " OR c.author_id = ?)";

    static Case queue(String name, String where, Object... params) {
        return new Case(name, String.format(QUEUE_PAGE, where), String.format(QUEUE_COUNT, where), Arrays.asList(params),
                true);
    }

    static Case joined(Case k) {
        String where = k.count().substring(k.count().indexOf("= ?") + 3);
        return new Case(k.name(), String.format(QUEUE_PAGE_JOINED, where), k.count(), k.params(), false);
    }

    /** Runs the page (what 0) or the count (what 1) of a case {@code times} times; returns the count or rows. */
    static long run(Connection c, Case k, int what, int times) throws Exception {
        long result = 0;
        for (int n = 0; n < times; n++) {
            boolean page = what == 0;
            if (page && k.prefetch()) {
                for (String sql : PREFETCH) {
                    try (PreparedStatement p = c.prepareStatement(sql)) {
                        p.setObject(1, k.params().get(0));
                        try (ResultSet rs = p.executeQuery()) {
                            int cols = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                for (int j = 1; j <= cols; j++) {
                                    rs.getObject(j);
                                }
                            }
                        }
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement(page ? k.page() : k.count())) {
                int i = 1;
                for (Object o : k.params()) {
                    p.setObject(i++, o);
                }
                if (page) {
                    p.setInt(i++, 50);
                    p.setInt(i, 0);
                }
                try (ResultSet rs = p.executeQuery()) {
                    int cols = rs.getMetaData().getColumnCount();
                    result = 0;
                    while (rs.next()) {
                        for (int j = 1; j <= cols; j++) {
                            rs.getObject(j);
                        }
                        result = page ? result + 1 : rs.getLong(1);
                    }
                }
            }
        }
        return result;
    }

    static double pct(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    static String ms(double v) {
        return String.format("%.1f ms", v);
    }

    static long scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
