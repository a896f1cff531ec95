package ru.otklik.message.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.otklik.testing.Browser;
import ru.otklik.testing.BrowserTest;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Unique;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HTML and script in what people write stay text everywhere staff read it: a high-importance
 * incident whose text and author carry an {@code <img onerror>} and a {@code <script>} that would
 * set {@code window.__xss} is shown literally, and nothing runs, on the message page, in the
 * message grid, in the head's assignment queue and in the head's notifications.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BrowserTest
class InertMarkupBrowserIT {

    private static final String PASSWORD = "Рабочий-пароль-2026";
    private static final String IMG = "<img src=x onerror=window.__xss=1>";
    private static final String SCRIPT = "<script>window.__xss=2</script>";
    private static final String AUTHOR = "<img src=y onerror=window.__xss=3><script>window.__xss=4</script>";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private final Map<String, String> oneTimePasswords = new HashMap<>();

    @Test
    void markupInTextAndAuthorIsShownLiterallyAndNeverRuns() throws Exception {
        String run = Unique.login("x").substring(2);
        String text = IMG + " " + SCRIPT + " Яма у дома " + run;
        String operator = "op-" + run;
        String curator = "cur-" + run;
        String head = "head-" + run;
        try (Browser admin = new Browser(base)) {
            admin.logInAsAdmin();
            oneTimePasswords.put(operator, admin.createStaff(operator, "Оператор " + run, "Специалист общего отдела"));
            oneTimePasswords.put(curator, admin.createStaff(curator, "Куратор " + run, "Куратор"));
            oneTimePasswords.put(head, admin.createStaff(head, "Глава " + run, "Глава поселения"));
        }
        try (Browser op = start(operator); Browser cur = start(curator); Browser hd = start(head)) {
            op.open("messages/new");
            op.select("register-kind", "Инцидент повышенной важности");
            op.choose("register-network", "ВКонтакте");
            op.byId("register-text").findElement(By.tagName("textarea")).sendKeys(text);
            op.type("register-url", "https://vk.com/wall-1_" + run);
            op.type("register-author", AUTHOR);
            op.click("register-save");
            op.waitFor(By.id("message-text"));
            String url = op.driver().getCurrentUrl();
            String messagePath = url.substring(url.indexOf("message/"));
            long id = Long.parseLong(messagePath.substring("message/".length()));

            // the message page
            assertThat(op.byId("message-text").getText()).contains(IMG, SCRIPT);
            assertThat(op.text()).contains(AUTHOR);
            assertInert(op, "the message page");
            op.click("action-classify");
            op.click("dialog-confirm");
            cur.open(messagePath);
            assertInert(cur, "the message page, curator");
            cur.click("action-send-to-head");
            assertThat(cur.byId("message-status").getText()).isEqualTo("Ждёт главу");

            // the message grid, searched for this run
            cur.open("messages");
            cur.type("messages-search", run);
            WebElement cell = waitForCell(cur, run);
            assertThat(cell.getText()).contains(IMG, SCRIPT);
            assertThat(cellTexts(cur)).contains(AUTHOR);
            cur.screenshot("inert-markup-grid");
            assertInert(cur, "the message grid");

            // the head's assignment queue
            hd.open("assignments");
            WebElement card = hd.waitFor(By.id("card-" + id));
            assertThat(card.getText()).contains(IMG, SCRIPT);
            hd.screenshot("inert-markup-assignments");
            assertInert(hd, "the assignment queue");

            // the head's notifications (R1.14's notice carries the text's beginning)
            hd.open("notifications");
            WebElement notice = waitForCell(hd, run);
            assertThat(notice.getText()).contains(IMG, SCRIPT);
            hd.screenshot("inert-markup-notifications");
            assertInert(hd, "the notifications");
        }
    }

    /** Nothing ran: no {@code window.__xss}, no alert, no image element made of the text. */
    private static void assertInert(Browser b, String where) throws InterruptedException {
        Thread.sleep(500); // an image's onerror fires after its failed load
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        assertThat(js.executeScript("return typeof window.__xss")).as(where + ": window.__xss").isEqualTo("undefined");
        assertThat(js.executeScript("return document.querySelectorAll('img[src=\"x\"], img[src=\"y\"]').length"))
                .as(where + ": images made of the text").isEqualTo(0L);
        assertThatThrownBy(() -> b.driver().switchTo().alert()).as(where).isInstanceOf(NoAlertPresentException.class);
    }

    private static WebElement waitForCell(Browser b, String part) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(
                        By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains(part)).findFirst().orElse(null));
    }

    private static String cellTexts(Browser b) {
        StringBuilder all = new StringBuilder();
        b.all(By.cssSelector("vaadin-grid-cell-content")).forEach(c -> all.append(c.getText()).append('\n'));
        return all.toString();
    }

    private Browser start(String login) {
        return Browser.firstLogin(base, login, oneTimePasswords.get(login), PASSWORD);
    }
}
