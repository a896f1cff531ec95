package ru.otklik.moderation.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.otklik.testing.Browser;

import java.net.URL;
import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser half of {@link ModerationBrowserIT}, kept apart so that the test class deployed
 * into the server never names a Selenium type (the server has no Selenium).
 */
final class ModerationBrowserSteps {

    private static final String PASSWORD = "Рабочий-пароль-2026";

    private ModerationBrowserSteps() {
    }

    static void moderate(URL base, Properties p) throws Exception {
        String run = p.getProperty("run");
        String spam = p.getProperty("spam");
        try (Browser mod = Browser.firstLogin(base, p.getProperty("login"), p.getProperty("password"), PASSWORD)) {
            mod.open("moderation");
            assertThat(mod.byId("moderation-view-pending").getText()).contains("Ждут решения");
            mod.byId("moderation-search").findElement(By.tagName("input")).sendKeys(run);
            Thread.sleep(1000); // the search applies after a pause (lazy)
            mod.waitForVaadin();
            assertThat(mod.byId("moderation-text-" + spam).getText()).contains("Кредит без справок");

            // flagged only: the comment of the author on the blacklist, and the advertisement the abuse
            // detection (textcheck) flags as spam
            mod.byId("moderation-flagged").click();
            mod.waitForVaadin();
            assertThat(mod.byId("moderation-text-" + p.getProperty("flagged")).getText()).contains("Опять вы");
            assertThat(mod.byId("moderation-grid").getText()).contains("Автор в чёрном списке", "Спам");
            assertThat(mod.byId("moderation-text-" + spam).getText()).contains("Кредит без справок");
            mod.screenshot("moderation-flagged");
            mod.byId("moderation-flagged").click();
            mod.waitForVaadin();

            // delete the spam with a reason: it leaves the pending tab, its text is kept under "Удалены"
            mod.click("moderation-delete-" + spam);
            mod.select("delete-reason", "Спам");
            mod.click("delete-confirm");
            assertThat(mod.all(By.id("moderation-text-" + spam))).isEmpty();
            mod.click("moderation-view-deleted");
            assertThat(mod.byId("moderation-text-" + spam).getText()).contains("Кредит без справок");
            assertThat(mod.byId("moderation-grid").getText()).contains("Удалён: Спам");

            // ban its author for a week, in this account
            mod.click("moderation-ban-" + spam);
            // a week is offered first; the reason follows the deletion's (spam)
            assertThat(mod.byId("ban-term").getText()).contains("Неделя");
            assertThat(mod.byId("ban-reason").getText()).contains("Спам");
            mod.click("ban-confirm");
            mod.screenshot("moderation-banned");

            // the ban is in Чёрный список; removing it early asks for a reason
            mod.open("moderation/blacklist");
            mod.byId("blacklist-search").findElement(By.tagName("input")).sendKeys(p.getProperty("spammer"));
            Thread.sleep(1000); // the search applies after a pause (lazy)
            // then the row shows
            try {
                new WebDriverWait(mod.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(By.id("blacklist-grid"))
                        .getText().contains("Спамер " + run));
            } catch (org.openqa.selenium.TimeoutException e) {
                mod.screenshot("failure-blacklist");
                throw new AssertionError("The blacklist shows: " + mod.byId("blacklist-grid").getText(), e);
            }
            mod.waitForVaadin();
            String grid = mod.byId("blacklist-grid").getText();
            assertThat(grid).contains("Спамер " + run, "Неделя", "Действует", "Администрация поселения " + run);
            WebElement remove = mod.all(By.cssSelector("[id^='blacklist-remove-']")).stream().filter(WebElement::isDisplayed)
                    .findFirst().orElseThrow();
            remove.click();
            mod.waitForVaadin();
            mod.click("unban-confirm");
            assertThat(mod.text()).contains("Укажите причину досрочного снятия.");
            mod.waitFor(By.cssSelector("#unban-reason textarea")).sendKeys("Извинился, обещал не повторять");
            mod.click("unban-confirm");
            mod.byId("blacklist-active").click();
            mod.waitForVaadin();
            assertThat(mod.byId("blacklist-grid").getText()).contains("Снята досрочно", "Извинился, обещал не повторять");
            mod.screenshot("moderation-blacklist");
        }
    }
}
