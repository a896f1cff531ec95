package ru.otklik.demo.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import ru.otklik.testing.Browser;
import ru.otklik.testing.BrowserTest;
import ru.otklik.testing.Deployments;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 in a real browser: the administrator loads the demo data set on Настройки →
 * Демо-данные; the login page then lists the demo logins and their password; each demo staff
 * member logs in and every item of their menu (read from the page) opens without an error page
 * or incident code and shows data (grid rows, or the page's content); the administrator removes
 * the demo, and the login page no longer shows the demo logins, which no longer work.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BrowserTest
class DemoBrowserIT {

    /** The demo staff, one per role (the password is shown on the login page while the demo exists). */
    static final List<String> LOGINS = List.of("demo.admin", "demo.head", "demo.curator", "demo.operator",
            "demo.executor1", "demo.smm", "demo.moderator");

    /**
     * Menu items allowed to be empty for a role, and why: nothing in the decree notifies an
     * operator, a moderator or an administrator; demo staff have no e-mail, so no mail is queued.
     */
    /** The main screens, with the demo's data, shown in the README (docs/screenshots). */
    static final Map<String, String> DOCUMENTED = Map.of(
            "demo.curator /", "demo-home-curator",
            "demo.curator /messages", "demo-messages",
            "demo.head /assignments", "demo-assignments",
            "demo.head /reports", "demo-reports",
            "demo.executor1 /my-tasks", "demo-my-tasks",
            "demo.smm /content", "demo-content",
            "demo.moderator /moderation", "demo-moderation",
            "demo.moderator /moderation/blacklist", "demo-blacklist");

    static final Map<String, Set<String>> EMPTY_BY_DESIGN = Map.of(
            "demo.admin", Set.of("notifications", "settings/mail"),
            "demo.operator", Set.of("notifications"),
            "demo.moderator", Set.of("notifications"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyMenuItemOfEveryDemoRoleOpensWithData() throws Exception {
        try (Browser admin = new Browser(base)) {
            admin.logInAsAdmin();
            admin.open("settings/demo");
            if (enabled(admin, "demo-remove")) { // a leftover of an interrupted run
                clickAndConfirm(admin, "demo-remove");
                admin.waitUntil("the demo removed", d -> enabled(admin, "demo-load"));
            }
            assertThat(admin.byId("demo-state").getText()).contains("не загружены");
            admin.screenshot("demo-settings-absent");
            clickAndConfirm(admin, "demo-load");
            admin.waitUntil("the demo loaded", d -> enabled(admin, "demo-remove"));
            assertThat(admin.byId("demo-state").getText()).contains("загружены");
            admin.screenshot("demo-settings-present");
        }

        String password;
        try (Browser visitor = new Browser(base)) {
            visitor.open("login");
            String logins = visitor.waitFor(By.id("demo-logins")).getText();
            visitor.screenshot("demo-login-page");
            for (String login : LOGINS) {
                assertThat(logins).contains(login);
            }
            password = logins.lines().filter(l -> l.contains("demo.head")).findFirst().orElseThrow()
                    .replaceAll(".*/\\s*", "").strip();
            assertThat(password).isNotBlank();
        }

        List<String> problems = new ArrayList<>();
        Map<String, List<String>> opened = new LinkedHashMap<>();
        for (String login : LOGINS) {
            try (Browser user = new Browser(base)) {
                user.logIn(login, password);
                user.waitFor(By.id("side-menu"));
                assertThat(user.byId("shell-organisation").getText()).as(login + " sees the demo's name").startsWith("Демо:");
                List<String> paths = menuPaths(user);
                assertThat(paths).as(login + "'s menu").isNotEmpty();
                opened.put(login, paths);
                for (String path : paths) {
                    user.open(path);
                    String problem = problem(user, path, EMPTY_BY_DESIGN.getOrDefault(login, Set.of()).contains(path));
                    if (problem != null) {
                        problems.add(login + " → /" + path + ": " + problem);
                        user.screenshot("demo-" + login + "-" + path.replace('/', '-') + "-problem");
                    } else if (DOCUMENTED.containsKey(login + " /" + path)) {
                        user.documentScreenshot(DOCUMENTED.get(login + " /" + path));
                    } else {
                        user.screenshot("demo-" + login + "-" + (path.isEmpty() ? "home" : path.replace('/', '-')));
                    }
                }
            }
        }
        assertThat(problems).as("menu items that failed or showed no data; opened: " + opened).isEmpty();
        assertThat(opened.get("demo.head")).contains("messages", "assignments", "reports");
        assertThat(opened.get("demo.executor1")).contains("my-tasks");
        assertThat(opened.get("demo.smm")).contains("content", "accounts");
        assertThat(opened.get("demo.moderator")).contains("moderation", "moderation/blacklist");

        try (Browser admin = new Browser(base)) {
            admin.logInAsAdmin();
            admin.open("settings/demo");
            clickAndConfirm(admin, "demo-remove");
            admin.waitUntil("the demo removed", d -> enabled(admin, "demo-load"));
        }
        try (Browser visitor = new Browser(base)) {
            visitor.open("login");
            visitor.waitFor(By.tagName("vaadin-login-form"));
            assertThat(visitor.all(By.id("demo-logins"))).as("no demo logins after the removal").isEmpty();
            visitor.logIn("demo.head", password);
            assertThat(visitor.text()).contains("Неверный логин или пароль");
        }
    }

    /** Whether a Vaadin button is enabled (its {@code disabled} attribute, which Selenium's isEnabled does not read). */
    private static boolean enabled(Browser b, String id) {
        return b.byId(id).getAttribute("disabled") == null;
    }

    private static void clickAndConfirm(Browser b, String button) {
        b.click(button);
        WebElement confirm = b.waitFor(By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'],"
                + " vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        confirm.click();
        b.waitForVaadin();
    }

    /** The routes of the side menu as the page shows them (settings pages nested under one item). */
    private static List<String> menuPaths(Browser b) {
        List<String> paths = new ArrayList<>();
        for (WebElement item : b.all(By.cssSelector("#side-menu vaadin-side-nav-item"))) {
            String path = item.getAttribute("path");
            if (path != null) {
                paths.add(path.startsWith("/") ? path.substring(1) : path);
            }
        }
        return paths;
    }

    /** Null when the page opened without an error and shows data; else what is wrong. */
    private static String problem(Browser b, String path, boolean mayBeEmpty) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        String last = null;
        while (Instant.now().isBefore(until)) {
            for (String error : List.of("internal-error", "access-denied", "not-found")) {
                if (!b.all(By.id(error)).isEmpty()) {
                    return "error page #" + error;
                }
            }
            String text = b.text();
            if (text.contains("Что-то пошло не так") || text.contains("Something went wrong")) {
                return "incident: " + text.lines().filter(l -> l.contains("код") || l.contains("code")).findFirst().orElse("");
            }
            if (mayBeEmpty) {
                return null;
            }
            Object grids = js.executeScript("return Array.from(document.querySelectorAll('vaadin-grid'))"
                    + ".filter(g => g.offsetParent !== null).map(g => g.size || 0)");
            List<?> sizes = grids instanceof List<?> l ? l : List.of();
            Object contentText = js.executeScript("const c = document.querySelector('vaadin-app-layout > :not([slot])');"
                    + " return c ? c.innerText : '';");
            String content = contentText == null ? "" : contentText.toString().strip();
            if (!sizes.isEmpty()) {
                if (sizes.stream().anyMatch(s -> ((Number) s).longValue() > 0)) {
                    return null;
                }
                last = "grids without rows " + sizes;
            } else if (content.length() > 60) {
                return null;
            } else {
                last = "no grid and almost no content: \"" + content + "\"";
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return last;
    }
}
