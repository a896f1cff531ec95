package ru.otklik.notify.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.otklik.testing.Browser;
import ru.otklik.testing.BrowserTest;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Unique;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R1.14 in the browser: the head has Otklik open on the home page; the operator registers a
 * high-importance incident; within 5 seconds, without reloading, the head's bell counts it and an
 * alert names it; the bell opens the notifications page, and the notification opens the message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BrowserTest
class NotificationBellBrowserIT {

    private static final String PASSWORD = "Рабочий-пароль-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theHeadHearsOfAHighImportanceIncidentAtOnce_R1_14() throws Exception {
        String run = Unique.login("b").substring(2);
        String operator = "op-" + run;
        String head = "head-" + run;
        String operatorPassword;
        String headPassword;
        try (Browser admin = new Browser(base)) {
            admin.logInAsAdmin();
            operatorPassword = admin.createStaff(operator, "Оператор " + run, "Специалист общего отдела");
            headPassword = admin.createStaff(head, "Глава " + run, "Глава поселения");
        }
        try (Browser hd = Browser.firstLogin(base, head, headPassword, PASSWORD);
             Browser op = Browser.firstLogin(base, operator, operatorPassword, PASSWORD)) {
            assertThat(hd.all(By.cssSelector("#notification-count")).stream().noneMatch(e -> e.isDisplayed())).isTrue();

            op.open("messages/new");
            op.select("register-kind", "Инцидент повышенной важности");
            op.choose("register-network", "ВКонтакте");
            op.byId("register-text").findElement(By.tagName("textarea")).sendKeys("Прорвало трубу на Садовой, 3");
            op.click("register-save");
            op.waitFor(By.id("message-text"));
            String url = op.driver().getCurrentUrl();
            long id = Long.parseLong(url.substring(url.indexOf("message/") + "message/".length()));

            new WebDriverWait(hd.driver(), Duration.ofSeconds(5)).until(d -> !d.findElements(
                    By.cssSelector("#notification-count")).isEmpty()
                    && "1".equals(d.findElement(By.id("notification-count")).getText().trim()));
            assertThat(hd.waitFor(By.xpath("//vaadin-notification-card[contains(., 'повышенной важности №" + id + "')]"))
                    .getText()).contains("Открыть");
            hd.screenshot("notification-bell");

            hd.click("notification-bell");
            hd.waitFor(By.id("notifications-grid"));
            new WebDriverWait(hd.driver(), Duration.ofSeconds(10)).until(d -> hd.text().contains(
                    "Инцидент повышенной важности №" + id));
            hd.screenshot("notifications");
            hd.driver().findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'повышенной важности №" + id + "')]"))
                    .click();
            hd.waitFor(By.id("message-text"));
            assertThat(hd.driver().getCurrentUrl()).endsWith("message/" + id);
            assertThat(hd.byId("message-text").getText()).contains("Прорвало трубу");
        }
    }
}
