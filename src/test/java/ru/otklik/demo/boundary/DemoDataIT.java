package ru.otklik.demo.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.wildfly.security.auth.server.SecurityIdentity;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.content.boundary.ContentPlanCheck;
import ru.otklik.content.boundary.Posts;
import ru.otklik.content.control.AccountWeek;
import ru.otklik.content.control.WeekPlans;
import ru.otklik.demo.entity.DemoAccount;
import ru.otklik.message.boundary.DeadlineSweep;
import ru.otklik.message.boundary.MessageFilter;
import ru.otklik.message.boundary.Messages;
import ru.otklik.message.boundary.NewMessage;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.security.boundary.Staff;
import ru.otklik.testing.Team;
import ru.otklik.moderation.boundary.Blacklists;
import ru.otklik.moderation.boundary.CommentFilter;
import ru.otklik.moderation.boundary.Moderation;
import ru.otklik.notify.boundary.MorningDigest;
import ru.otklik.notify.boundary.NotificationExpiry;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.report.boundary.Reports;
import ru.otklik.report.control.Report;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.TestClock;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10 on the real server: the demo data set loads as an organisation of its own with
 * messages in every state (overdue, interim, high importance, R1.11 no answer), answers, reports
 * with non-trivial figures, accounts meeting and missing the weekly target (R2.4), comments
 * awaiting moderation and a blacklist (R2.9), while the real organisation's rows stay as they
 * were; removing it restores every table of the schema (read from the JDBC metadata, so a new
 * table is covered by itself) to its row count before the load, apart from the two audit lines of
 * the administrator's own actions. Loading twice, a non-administrator and a demo member are refused.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(DemoDataIT.class, TestClock.class, TestClock.Stoppable.class);
    }

    @EJB
    DemoData demo;

    @EJB
    Organisations organisations;

    @EJB
    Messages messages;

    @EJB
    Staff staff;

    @EJB
    Reports reports;

    @EJB
    Posts posts;

    @EJB
    Moderation moderation;

    @Resource
    ManagedExecutorService executor;

    @EJB
    DeadlineSweep sweep;

    @EJB
    Blacklists blacklists;

    @EJB
    ContentPlanCheck contentCheck;

    @EJB
    MorningDigest digest;

    @EJB
    NotificationExpiry notificationExpiry;

    @AfterEach
    void tearDown() throws Exception {
        TestClock.release();
        As.admin(() -> demo.remove());
    }

    @Test
    void loadsASettlementOfItsOwnAndRemovesExactlyWhatItAdded() throws Exception {
        // the deadline sweep and the other timers see a stopped clock: no notice arrives between two counts
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.stopAt(now);
        settleTimers();
        As.admin(() -> demo.remove()); // a leftover of an interrupted run
        long real = As.admin(() -> organisations.current().getId());
        // some real data of the real organisation: staff and a message with its timeline
        Team team = Team.create(staff);
        NewMessage mine = new NewMessage();
        mine.setKind(MessageKind.INCIDENT);
        mine.setNetwork("vk");
        mine.setText("Настоящее сообщение: не горит фонарь у школы");
        mine.setDetectedAt(now.minusSeconds(3600));
        team.operator().call(() -> messages.register(mine));
        Map<String, Long> totalsBefore = totals();
        Map<String, Long> realBefore = ofOrganisation(real);
        assertThat(demo.accounts()).as("no demo logins on the login page before the load").isEmpty();

        long demoId = As.admin(() -> demo.load());

        // the real organisation: nothing changed but the one audit line of the administrator's action
        Map<String, Long> realAfter = ofOrganisation(real);
        realBefore.put("audit_entry", realBefore.get("audit_entry") + 1);
        assertThat(realAfter).isEqualTo(realBefore);
        assertThat(realAfter.get("message")).isPositive();
        assertThat(auditActions(real)).contains("demo.loaded");

        // the demo organisation: data everywhere
        Map<String, Long> demoRows = ofOrganisation(demoId);
        for (String table : List.of("staff_user", "message", "official_account", "post", "account_comment",
                "blacklisting", "notification", "calendar_entry", "network", "topic", "audit_entry", "policy_document")) {
            assertThat(demoRows.get(table)).as("demo rows in " + table).isPositive();
        }
        assertThat(count("SELECT COUNT(*) FROM answer a JOIN message m ON m.id = a.message_id WHERE m.organisation_id = ?",
                demoId)).isGreaterThan(10);
        assertThat(count("SELECT COUNT(*) FROM staff_user WHERE organisation_id = ? AND email IS NOT NULL", demoId))
                .as("demo staff have no e-mail address: no mail leaves for them").isZero();
        for (String status : List.of("REGISTERED", "TRIAGED", "AWAITING_HEAD", "IN_WORK", "IN_REVIEW", "APPROVED",
                "CLOSED", "NO_ANSWER")) {
            assertThat(count("SELECT COUNT(*) FROM message WHERE organisation_id = ? AND status = '" + status + "'",
                    demoId)).as("demo messages " + status).isPositive();
        }
        assertThat(count("SELECT COUNT(*) FROM message WHERE organisation_id = ? AND closed_at IS NULL"
                + " AND current_due_at < ?", demoId, now)).as("overdue").isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM message WHERE organisation_id = ? AND closed_at IS NULL"
                + " AND current_due_at > ?", demoId, now)).as("still in time").isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM message WHERE organisation_id = ? AND closed_at IS NULL"
                + " AND interim_answered_at IS NOT NULL", demoId)).as("interim answer given").isPositive();
        assertThat(count("SELECT COUNT(*) FROM message WHERE organisation_id = ? AND closed_at IS NULL"
                + " AND kind = 'HIGH_IMPORTANCE'", demoId)).as("high importance, open").isPositive();
        assertThat(count("SELECT COUNT(*) FROM message WHERE organisation_id = ? AND status = 'NO_ANSWER'"
                + " AND no_answer_ground IS NOT NULL", demoId)).as("R1.11 with its ground").isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM answer_draft d JOIN message m ON m.id = d.message_id"
                + " WHERE m.organisation_id = ? AND d.status = 'RETURNED'", demoId)).as("a returned draft").isPositive();

        // what the demo's own staff see through the boundaries
        String pw = DemoScript.PASSWORD;
        long open = asDemo("demo.curator", () -> messages.count(MessageFilter.all().withOpenOnly(true)));
        assertThat(open).isGreaterThanOrEqualTo(10);
        long curatorsOrgMessages = asDemo("demo.curator", () -> messages.count(MessageFilter.all()));
        assertThat(curatorsOrgMessages).isEqualTo(demoRows.get("message"));
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Moscow"));
        Report report = asDemo("demo.curator", () -> reports.build(today.minusDays(30), today, Locale.forLanguageTag("ru")));
        assertThat(report.results().total()).isGreaterThanOrEqualTo(25);
        assertThat(report.results().noAnswer()).isGreaterThanOrEqualTo(3);
        assertThat(report.quality().answered()).isGreaterThanOrEqualTo(10);
        assertThat(report.quality().shareInTime()).as("some in time, some late").isStrictlyBetween(0.0, 1.0);
        assertThat(report.quality().openOverdue()).isPositive();
        assertThat(report.quality().withInterim()).isPositive();
        assertThat(report.quality().medianHours()).isNotNull().isPositive();

        LocalDate lastWeek = WeekPlans.weekStart(now, ZoneId.of("Europe/Moscow")).minusWeeks(1);
        List<AccountWeek> weeks = asDemo("demo.smm", () -> posts.weeks(List.of(lastWeek)));
        assertThat(weeks).anySatisfy(w -> assertThat(w.count().fallsShort()).as("a week meeting the target").isFalse());
        assertThat(weeks).anySatisfy(w -> assertThat(w.count().fallsShort()).as("a week missing it").isTrue());

        long pending = asDemo("demo.moderator", () -> moderation.count(CommentFilter.pending()));
        assertThat(pending).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM account_comment WHERE organisation_id = ? AND state = 'PENDING'"
                + " AND flagged = TRUE", demoId)).as("flagged by the abuse detection").isPositive();
        assertThat(count("SELECT COUNT(*) FROM account_comment WHERE organisation_id = ? AND author_banned = TRUE",
                demoId)).as("a comment of a banned author").isPositive();
        assertThat(count("SELECT COUNT(*) FROM blacklisting WHERE organisation_id = ? AND expired_at IS NULL",
                demoId)).as("active bans").isGreaterThanOrEqualTo(2);

        // the login page's list, and the demo logins work with it
        List<DemoAccount> accounts = demo.accounts();
        assertThat(accounts).extracting(DemoAccount::roleKey).contains("role.ADMIN", "role.HEAD", "role.CURATOR",
                "role.OPERATOR", "role.EXECUTOR", "role.SMM_EDITOR", "role.MODERATOR");
        for (DemoAccount a : accounts) {
            assertThat(As.canLogIn(a.login(), a.password())).as(a.login()).isTrue();
        }

        // refusals: loading twice, a non-administrator, a member of the demo itself
        assertThatThrownBy(() -> As.admin(() -> demo.load())).isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).key()).isEqualTo("demo.error.present");
        assertThatThrownBy(() -> asDemo("demo.head", () -> demo.remove())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asDemo("demo.curator", () -> demo.load())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asDemo("demo.admin", () -> demo.remove())).isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).key()).isEqualTo("demo.error.own");
        assertThat(ofOrganisation(real)).as("the real organisation after the refusals").isEqualTo(realBefore);

        assertThat(As.admin(() -> demo.remove())).isTrue();

        // every table of the schema as before, except the administrator's two audit lines
        Map<String, Long> totalsAfter = totals();
        totalsBefore.put("audit_entry", totalsBefore.get("audit_entry") + 2);
        assertThat(totalsAfter).isEqualTo(totalsBefore);
        assertThat(auditActions(real)).contains("demo.loaded", "demo.removed");
        assertThat(ofOrganisation(demoId).values()).allMatch(n -> n == 0);
        assertThat(count("SELECT COUNT(*) FROM staff_user WHERE login LIKE 'demo.%'")).isZero();
        assertThat(demo.accounts()).as("no demo logins on the login page after the removal").isEmpty();
        assertThat(As.canLogIn("demo.head", pw)).isFalse();
        assertThat(As.admin(() -> demo.present())).isFalse();
        assertThat(As.admin(() -> demo.remove())).as("removing what is not there changes nothing").isFalse();
    }

    /**
     * Runs as a demo staff member in a thread of its own: the organisation of the caller is looked
     * up once per request, and this test's request began as the real organisation's administrator.
     */
    private <T> T asDemo(String login, Callable<T> work) throws Exception {
        SecurityIdentity identity = As.identity(login, DemoScript.PASSWORD);
        try {
            return executor.submit(() -> identity.runAs(work)).get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    // ---------------------------------------------------------------- row counts through JDBC

    private static DataSource dataSource() throws Exception {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/OtklikDS");
    }

    /** Every table of the application's schema with its row count (Flyway's own history excluded). */
    static Map<String, Long> totals() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : tables(c, null)) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        assertThat(counts).hasSizeGreaterThan(30);
        return counts;
    }

    /** The rows of one organisation in every table with an {@code organisation_id} column. */
    static Map<String, Long> ofOrganisation(long organisation) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource().getConnection()) {
            for (String table : tables(c, "organisation_id")) {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table
                        + " WHERE organisation_id = ?")) {
                    s.setLong(1, organisation);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        counts.put(table, r.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static TreeSet<String> tables(Connection c, String withColumn) throws Exception {
        TreeSet<String> tables = new TreeSet<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet r = meta.getColumns(c.getCatalog(), null, null, null)) {
            while (r.next()) {
                String schema = r.getString("TABLE_SCHEM");
                if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA")
                        || schema.equalsIgnoreCase("PERFORMANCE_SCHEMA") || schema.equalsIgnoreCase("mysql"))) {
                    continue;
                }
                String table = r.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("flyway_") || table.startsWith("jboss")) {
                    continue; // the schema history and the server's own timer and transaction tables
                }
                if (withColumn == null || withColumn.equalsIgnoreCase(r.getString("COLUMN_NAME"))) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static long count(String sql, Object... params) throws Exception {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Instant at) {
                    s.setTimestamp(i + 1, java.sql.Timestamp.from(at));
                } else {
                    s.setObject(i + 1, params[i]);
                }
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static List<String> auditActions(long organisation) throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT action FROM audit_entry WHERE organisation_id = ? AND action LIKE 'demo.%'")) {
            s.setLong(1, organisation);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getString(1));
                }
            }
        }
        return actions;
    }

    /**
     * What the recurring jobs still have to do at the stopped instant (alarms of earlier tests'
     * messages that fell due when those tests moved the clock, bans that ended, the week's check,
     * the digest, old notifications), done now: afterwards they find nothing more while the clock
     * stands, so the real organisation's counts move only if the demo moves them. Without this the
     * sweep's timer gave an earlier test's overdue notices in the middle of the comparison.
     */
    private void settleTimers() {
        for (int i = 0; i < 20 && sweep.sweep() > 0; i++) {
            // a sweep stops after a time budget; the next takes the rest
        }
        blacklists.expireDue();
        contentCheck.check();
        digest.sendDue();
        notificationExpiry.expire();
    }
}
