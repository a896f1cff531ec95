package ru.otklik.testing;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs code inside the server as a real staff member, authenticated by the same Elytron realm
 * that checks logins (in-container tests only). Every boundary call in it sees that caller and
 * their roles, exactly as from the UI.
 */
public final class As {

    /** The first administrator's login. */
    public static final String ADMIN = "admin";
    /** Where a test that changed the administrator's password leaves the new one (per test run). */
    public static final Path CHANGED_ADMIN_PASSWORD = Path.of(System.getenv().getOrDefault("OTKLIK_IT_DIR", "target/it"),
            "admin-password-" + System.getenv().getOrDefault("OTKLIK_IT_DB", "h2") + ".txt");
    /**
     * Identities already authenticated in this deployment: bcrypt is slow on purpose, and a test
     * acting as the same person many times need not prove the password each time. Role changes
     * need a fresh {@link #identity}, as they need a fresh login in the application.
     */
    private static final Map<String, SecurityIdentity> IDENTITIES = new ConcurrentHashMap<>();
    private static final Pattern ONE_TIME = Pattern.compile("one-time password (\\S+) \\(shown only this once");

    private As() {
    }

    /**
     * The administrator's current password: the one a test set last (kept in
     * {@link #CHANGED_ADMIN_PASSWORD}), else {@code OTKLIK_ADMIN_PASSWORD}, else the one-time
     * password that the first start printed in the server log (the MariaDB run starts without
     * {@code OTKLIK_ADMIN_PASSWORD} to exercise that path).
     */
    public static String adminPassword() {
        try {
            if (Files.isRegularFile(CHANGED_ADMIN_PASSWORD)) {
                return Files.readString(CHANGED_ADMIN_PASSWORD).strip();
            }
            String password = System.getenv("OTKLIK_ADMIN_PASSWORD");
            if (password != null && !password.isBlank()) {
                return password;
            }
            return oneTimeAdminPasswordFromLog().orElseThrow(() -> new IllegalStateException(
                    "Neither OTKLIK_ADMIN_PASSWORD nor a one-time password in " + serverLog()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Remembers the administrator's new password for the rest of the run. */
    public static void adminPasswordChanged(String password) throws IOException {
        Files.createDirectories(CHANGED_ADMIN_PASSWORD.getParent());
        Files.writeString(CHANGED_ADMIN_PASSWORD, password);
    }

    /** The one-time password of the first start, as printed (once) in the server log. */
    public static Optional<String> oneTimeAdminPasswordFromLog() throws IOException {
        Path log = serverLog();
        if (!Files.isRegularFile(log)) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                Matcher m = ONE_TIME.matcher(line);
                if (m.find()) {
                    found.add(m.group(1));
                }
            });
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** How many times a one-time administrator password appears in the server log. */
    public static long oneTimeAdminPasswordsInLog() throws IOException {
        try (var lines = Files.lines(serverLog(), StandardCharsets.UTF_8)) {
            return lines.filter(l -> ONE_TIME.matcher(l).find()).count();
        }
    }

    static Path serverLog() {
        String dir = System.getProperty("jboss.server.log.dir");
        if (dir != null) {
            return Path.of(dir, "server.log");
        }
        return Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");
    }

    public static <T> T admin(Callable<T> work) throws Exception {
        return user(ADMIN, adminPassword(), work);
    }

    public static void admin(ThrowingRunnable work) throws Exception {
        admin(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T user(String login, String password, Callable<T> work) throws Exception {
        SecurityIdentity identity = IDENTITIES.get(login + '\u0000' + password);
        if (identity == null) {
            identity = identity(login, password);
            IDENTITIES.put(login + '\u0000' + password, identity);
        }
        return identity.runAs(work);
    }

    public static void user(String login, String password, ThrowingRunnable work) throws Exception {
        user(login, password, () -> {
            work.run();
            return null;
        });
    }

    /** Authenticates like the login page does; throws SecurityException when the realm refuses. */
    public static SecurityIdentity identity(String login, String password) throws Exception {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("No security domain: is this running inside the server?");
        }
        return domain.authenticate(login, new PasswordGuessEvidence(password.toCharArray()));
    }

    /** Whether the realm accepts the login and password now. */
    public static boolean canLogIn(String login, String password) {
        try {
            identity(login, password);
            return true;
        } catch (Exception | Error refused) {
            return false;
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
