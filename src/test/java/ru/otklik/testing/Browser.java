package ru.otklik.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Headless Chromium from Debian's packages, driven by Selenium with the system chromedriver
 * (Selenium Manager never downloads anything), with helpers for Vaadin pages.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final URL base;

    public Browser(URL base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(TestEnvironment.CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--lang=ru");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(TestEnvironment.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
        waitForVaadin();
    }

    /** Logs in through the login page's form. */
    public void logIn(String login, String password) {
        open("login");
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(login);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/signin"));
        waitForVaadin();
    }

    /** Waits for an element; on timeout keeps a screenshot and says what the page showed instead. */
    /**
     * Logs in as the first administrator. On a first start without OTKLIK_ADMIN_PASSWORD (the
     * MariaDB run) the administrator holds the one-time password from the log and is taken to the
     * profile to replace it first: done here, and the new password remembered for the run.
     */
    public void logInAsAdmin() throws IOException {
        logIn(As.ADMIN, As.adminPassword());
        if (driver.getCurrentUrl().contains("/setup")) {
            completeFirstStart();
            return;
        }
        if (all(By.id("must-change-password")).isEmpty()) {
            return;
        }
        String replacement = "Zamena-" + Unique.login("pw");
        type("password-current", As.adminPassword());
        type("password-new", replacement);
        type("password-repeat", replacement);
        click("password-save");
        waitFor(By.id("home-roles"));
        As.adminPasswordChanged(replacement);
    }

    /**
     * The first-start wizard (issue 10), completed with a test administration's officials and the
     * standard week. The test servers start on an empty database, so the first test that logs in
     * as the administrator finds it (once per run: afterwards the organisation is configured). On
     * a first start without OTKLIK_ADMIN_PASSWORD the wizard's first step replaces the one-time
     * password: the new one is remembered for the run.
     */
    public void completeFirstStart() throws IOException {
        String replacement = null;
        if (!all(By.id("setup-password")).isEmpty()) {
            replacement = "Zamena-" + Unique.login("pw");
            type("setup-password", replacement);
            type("setup-password-repeat", replacement);
            click("setup-next");
        }
        waitFor(By.id("setup-head"));
        type("setup-head", "Глава Олег Петрович");
        type("setup-curator", "Куратор Елена Викторовна");
        type("setup-responsible", "Заместитель главы Сергей Иванович");
        click("setup-next");
        waitFor(By.id("setup-monday-working"));
        click("setup-next");
        click("setup-finish");
        waitFor(By.id("home-roles"));
        if (replacement != null) {
            As.adminPasswordChanged(replacement);
        }
    }

    /**
     * As an administrator on the staff screen: creates a staff member with one role (its Russian
     * name as on the screen) and returns the one-time password shown once.
     */
    public String createStaff(String login, String fullName, String roleName) {
        open("settings/staff");
        click("staff-new");
        type("staff-login", login);
        type("staff-fullName", fullName);
        WebElement box = waitFor(By.xpath("//vaadin-checkbox[.//label[normalize-space()='" + roleName + "']]"));
        box.findElement(By.tagName("input")).click();
        click("staff-save");
        String oneTime = byId("one-time-password").getText().trim();
        click("one-time-password-done");
        return oneTime;
    }

    /** A new browser in which the staff member logs in for the first time and replaces the one-time password. */
    public static Browser firstLogin(URL base, String login, String oneTimePassword, String newPassword) {
        Browser b = new Browser(base);
        b.logIn(login, oneTimePassword);
        b.type("password-current", oneTimePassword);
        b.type("password-new", newPassword);
        b.type("password-repeat", newPassword);
        b.click("password-save");
        b.waitFor(By.id("home-roles"));
        return b;
    }

    public WebElement waitFor(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            String shot;
            try {
                shot = screenshot("failure-" + System.currentTimeMillis()).toString();
            } catch (IOException | RuntimeException io) {
                shot = "no screenshot: " + io.getMessage();
            }
            throw new AssertionError("No " + by + " at " + driver.getCurrentUrl() + " (" + shot + "); the page shows: "
                    + text(), e);
        }
    }

    /** Waits until the condition holds; on timeout says what was awaited, with a screenshot and the page's text. */
    public void waitUntil(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            String shot;
            try {
                shot = screenshot("failure-" + System.currentTimeMillis()).toString();
            } catch (IOException | RuntimeException io) {
                shot = "no screenshot: " + io.getMessage();
            }
            throw new AssertionError("Waited in vain for " + what + " at " + driver.getCurrentUrl() + " (" + shot
                    + "); the page shows: " + text(), e);
        }
    }

    public WebElement byId(String id) {
        return waitFor(By.id(id));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Types into a Vaadin text field (its native input is in the light DOM). */
    public void type(String fieldId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses an item of a Vaadin combo box by typing its text, then leaves the field (closing the list). */
    public void choose(String comboBoxId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + comboBoxId + " input"));
        input.sendKeys(text);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-combo-box-item")));
        waitForVaadin();
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForVaadin();
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        waitForVaadin();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-combo-box-overlay[opened]")));
    }

    /** Picks an item of a Vaadin multi-select combo box: types to filter, clicks the item, closes the list. */
    public void pick(String multiSelectId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + multiSelectId + " input"));
        input.sendKeys(text);
        waitFor(By.xpath("//vaadin-multi-select-combo-box-item[contains(normalize-space(), '" + text + "')]")).click();
        waitForVaadin();
        // the chosen item shows as a chip; then a click beside the field closes the list (Escape would clear it)
        waitUntil("'" + text + "' chosen in " + multiSelectId, d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("const f = document.querySelector('#" + multiSelectId + "');"
                        + " return !!f && (f.selectedItems || []).length > 0")));
        ((JavascriptExecutor) driver).executeScript("document.querySelector('#" + multiSelectId + "').opened = false");
        waitForVaadin();
    }

    /** Chooses an item of a Vaadin select by its text. */
    public void select(String selectId, String text) {
        click(selectId);
        // an item of the opened list, not the copy of the chosen one that the field itself shows
        waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + text + "' and not(starts-with(@id, 'value-'))]"))
                .click();
        waitForVaadin();
        // a click while the list still closes would be swallowed by it
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-select-overlay[opened]")));
    }

    public void click(String id) {
        byId(id).click();
        waitForVaadin();
    }

    /** Waits until Vaadin has no server round trip in progress. */
    public void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Saves a screenshot of a main screen for the README: under target/screenshots, and copied to
     * docs/screenshots (committed), so the README's pictures are those of the last browser run.
     */
    public Path documentScreenshot(String name) throws IOException {
        Path shot = screenshot(name);
        Path docs = Path.of("docs", "screenshots");
        if (Files.isDirectory(Path.of("src", "main"))) { // run from the project's directory, as failsafe does
            Files.createDirectories(docs);
            Files.copy(shot, docs.resolve(shot.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return shot;
    }

    /** Saves a screenshot under target/screenshots (kept for the README and for failures). */
    public Path screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
