package ru.otklik.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the machine offers the integration tests, checked once per test run.
 *
 * <p>For the MariaDB run (failsafe execution {@code it-mariadb}, {@code OTKLIK_IT_DB=mariadb})
 * the test database is dropped and created afresh before the server starts, so every run
 * migrates from an empty schema. When MariaDB cannot be reached, every test of that run is
 * skipped with a notice instead of failing; browser tests are skipped the same way where
 * Chromium or chromedriver is missing. {@code .ci/run} installs and starts both, so CI always
 * runs everything. Registered as a JUnit launcher-session listener and an auto-detected
 * execution condition.
 */
public class TestEnvironment implements LauncherSessionListener, ExecutionCondition {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static volatile String mariaDbProblem;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Files.deleteIfExists(As.CHANGED_ADMIN_PASSWORD); // a fresh database starts with the first password
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!"mariadb".equals(System.getenv("OTKLIK_IT_DB"))) {
            return;
        }
        String url = System.getenv("OTKLIK_DB_URL");
        try {
            resetDatabase(url, System.getenv("OTKLIK_DB_USER"), System.getenv("OTKLIK_DB_PASSWORD"));
        } catch (SQLException | RuntimeException e) {
            if (requireAll()) {
                throw new IllegalStateException("MariaDB is required (OTKLIK_IT_REQUIRE_ALL) but not reachable at "
                        + url, e);
            }
            mariaDbProblem = "MariaDB is not reachable at " + url + " (" + e.getMessage() + ")";
            System.err.println("NOTICE: " + mariaDbProblem + ": the MariaDB integration tests are SKIPPED."
                    + " Start MariaDB and create the test database (see .ci/run) to run them.");
        }
    }

    /** Drops and creates the database named in the URL, as its own user. */
    static void resetDatabase(String url, String user, String password) throws SQLException {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String database = url.substring(slash + 1, query < 0 ? url.length() : query);
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("unexpected database name " + database);
        }
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1), user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** CI sets OTKLIK_IT_REQUIRE_ALL: there a missing part fails the run instead of skipping tests. */
    static boolean requireAll() {
        return Boolean.parseBoolean(System.getenv("OTKLIK_IT_REQUIRE_ALL"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (mariaDbProblem != null) {
            return ConditionEvaluationResult.disabled("SKIPPED: " + mariaDbProblem);
        }
        boolean browser = context.getTestClass().map(c -> c.isAnnotationPresent(BrowserTest.class)).orElse(false);
        if (browser && !(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))) {
            if (requireAll()) {
                throw new IllegalStateException("Chromium and chromedriver are required (OTKLIK_IT_REQUIRE_ALL)");
            }
            String reason = "SKIPPED: no " + CHROMIUM + " or " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver; .ci/run does it)";
            System.err.println("NOTICE: " + context.getDisplayName() + " " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
        return ConditionEvaluationResult.enabled("environment complete");
    }
}
