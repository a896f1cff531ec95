package ru.otklik.content.ui;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.otklik.testing.Browser;
import ru.otklik.testing.BrowserTest;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Unique;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMM editor plans a post for tomorrow, sees the account's week against the target of five,
 * and drags the post's card to another day of the week calendar (R2.4).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BrowserTest
class ContentCalendarBrowserIT {

    /** HTML5 drag and drop as the browser fires it (WebDriver's own drag does not fire these events). */
    static final String DRAG_AND_DROP = """
            const [src, dst] = arguments;
            const data = new DataTransfer();
            const fire = (el, type) => el.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
            fire(src, 'dragstart'); fire(dst, 'dragenter'); fire(dst, 'dragover'); fire(dst, 'drop'); fire(src, 'dragend');
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSmmEditorPlansAPostAndMovesItByDragAndDrop_R2_4() throws Exception {
        String login = "smm-" + Unique.login("c").substring(2);
        String accountName = "Берёзовка " + Unique.login("k");
        String oneTime;
        try (Browser admin = new Browser(base)) {
            admin.logInAsAdmin();
            oneTime = admin.createStaff(login, "Ведущий Константин", "Ведущий аккаунты");
        }
        try (Browser smm = Browser.firstLogin(base, login, oneTime, "Рабочий-пароль-2026")) {
            smm.open("accounts");
            smm.click("accounts-new");
            smm.choose("account-network", "ВКонтакте");
            smm.type("account-name", accountName);
            smm.select("account-status", "Работает");
            smm.click("account-save");
            smm.waitUntil("the new account in the grid", d -> smm.byId("accounts-grid").getText().contains(accountName));

            // "Новая публикация" with the calendar showing one account: the post is that account's
            smm.open("content");
            smm.choose("calendar-account", accountName + " (ВКонтакте)"); // the whole label, as Enter takes only an exact match
            smm.click("calendar-new");
            smm.waitUntil("the new post's page", d -> d.getCurrentUrl().contains("content/post"));
            smm.select("post-format", "Фото");
            smm.byId("post-text").findElement(By.tagName("textarea"))
                    .sendKeys("В субботу на площади ярмарка: мёд, овощи, саженцы. Приходите с 9 утра!");
            smm.click("post-save");
            smm.waitUntil("the saved post's page", d -> d.getCurrentUrl().matches(".*content/post/\\d+"));
            String id = smm.driver().getCurrentUrl().replaceAll(".*/", "");
            assertThat(smm.byId("post-state").getText()).isEqualTo("Черновик");
            assertThat(smm.byId("post-actions").getText()).contains("Отправить на согласование");

            ZoneId zone = ZoneId.of("Europe/Moscow");
            LocalDate today = LocalDate.now(zone);
            LocalDate tomorrow = today.plusDays(1);
            LocalDate target = tomorrow.getDayOfWeek() == DayOfWeek.SUNDAY ? tomorrow.minusDays(1) : tomorrow.plusDays(1);
            smm.open("content");
            smm.select("calendar-mode", "Неделя");
            if (!tomorrow.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .equals(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))) {
                smm.click("calendar-next");
            }
            WebElement card = smm.waitFor(By.cssSelector("#calendar-day-" + tomorrow + " #post-card-" + id));
            assertThat(card.getText()).contains("10:00", "В субботу на площади");
            // the account's weeks against the target of five, short while only one post is planned
            WebElement week = smm.byId("calendar-targets");
            assertThat(week.getText()).contains(accountName);

            WebElement day = smm.byId("calendar-day-" + target);
            ((JavascriptExecutor) smm.driver()).executeScript(DRAG_AND_DROP, card, day);
            smm.waitForVaadin();
            smm.waitFor(By.cssSelector("#calendar-day-" + target + " #post-card-" + id));
            assertThat(smm.all(By.cssSelector("#calendar-day-" + tomorrow + " #post-card-" + id))).isEmpty();
            assertThat(smm.text()).contains("Публикация перенесена");

            // R2.8: bureaucratese typed into the post is marked with a plainer word, and the score drops
            smm.open("content/post/" + id);
            smm.byId("post-text").findElement(By.tagName("textarea"))
                    .sendKeys(" В целях информирования населения администрация сообщает.");
            smm.waitUntil("the style check's mark", d -> !d.findElements(By.cssSelector("#post-style .text-mark")).isEmpty());
            assertThat(smm.byId("post-style").findElement(By.cssSelector(".text-mark")).getAttribute("title"))
                    .contains("чтобы");
            assertThat(smm.byId("post-style").getText()).contains("Ясность текста");
            assertThat(smm.waitFor(By.cssSelector("#post-planned")).getAttribute("value"))
                    .startsWith(target + "T10:00");
        }
    }
}
