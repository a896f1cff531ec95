package ru.otklik.message.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import ru.otklik.testing.Browser;
import ru.otklik.testing.BrowserTest;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Unique;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole procedure of Appendix 1 in real browsers, by four people: the operator registers and
 * triages, the curator sends it to the head, the head names the executor, the executor drafts
 * and submits, the curator approves, the operator records the posted answer. A script in the
 * message's text stays text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BrowserTest
class MessagePathBrowserIT {

    private static final String PASSWORD = "Рабочий-пароль-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void fromRegistrationToThePostedAnswerWithFourUsers() throws Exception {
        String run = Unique.login("p").substring(2);
        String operator = "op-" + run;
        String curator = "cur-" + run;
        String head = "head-" + run;
        String executor = "ex-" + run;
        try (Browser admin = new Browser(base)) {
            admin.logInAsAdmin();
            create(admin, operator, "Оператор " + run, "Специалист общего отдела");
            create(admin, curator, "Куратор " + run, "Куратор");
            create(admin, head, "Глава " + run, "Глава поселения");
            create(admin, executor, "Исполнитель " + run, "Исполнитель");
        }
        try (Browser op = start(operator); Browser cur = start(curator); Browser hd = start(head);
             Browser ex = start(executor)) {
            // the operator registers a message found in VK
            op.open("messages/new");
            op.choose("register-network", "ВКонтакте");
            op.byId("register-text").findElement(By.tagName("textarea"))
                    .sendKeys("Во дворе дома 5 не горит фонарь <img src=x onerror=alert('xss')>");
            op.type("register-url", "https://vk.com/wall-1_" + run);
            op.type("register-author", "Мария");
            op.documentScreenshot("register");
            op.click("register-save");
            op.waitFor(By.id("message-text"));
            String messagePath = op.driver().getCurrentUrl().substring(op.driver().getCurrentUrl().indexOf("message/"));
            long id = Long.parseLong(messagePath.substring("message/".length()));
            assertThat(op.byId("message-text").getText()).contains("<img src=x onerror=alert('xss')>");
            assertThatThrownBy(() -> op.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            op.click("action-classify");
            op.click("dialog-confirm");
            assertThat(op.byId("message-status").getText()).isEqualTo("Разобрано");

            // the curator sends it to the head (R1.6)
            cur.open(messagePath);
            cur.click("action-send-to-head");
            assertThat(cur.byId("message-status").getText()).isEqualTo("Ждёт главу");

            // the head names the executor from the queue
            hd.open("assignments");
            hd.choose("assign-" + id, "Исполнитель " + run);
            hd.documentScreenshot("assignments");
            hd.click("assign-button-" + id);
            hd.waitFor(By.id("assignments-queue"));

            // the executor drafts and submits
            ex.open("my-tasks");
            ex.waitFor(By.id("card-" + id)).findElement(By.tagName("a")).click();
            ex.waitFor(By.id("draft-text")).findElement(By.tagName("textarea"))
                    .sendKeys("Мария, здравствуйте! Фонарь заменим до пятницы.");
            ex.click("draft-save");
            ex.documentScreenshot("message-executor");
            ex.click("action-submit-draft");
            assertThat(ex.byId("message-status").getText()).isEqualTo("Проект на согласовании");

            // the curator approves, the operator records the posted answer
            cur.open(messagePath);
            cur.click("action-approve-draft");
            assertThat(cur.byId("message-status").getText()).isEqualTo("Согласовано, к размещению");
            op.open(messagePath);
            op.click("action-post-answer");
            op.type("post-url", "https://vk.com/wall-1_" + run + "?reply=1");
            op.click("dialog-confirm");
            assertThat(op.byId("message-status").getText()).isEqualTo("Ответ размещён");
            assertThat(op.byId("message-timeline").getText()).contains("назначен исполнитель", "проект согласован",
                    "размещён окончательный ответ");
            assertThat(op.byId("message-deadline").getText()).contains("ответ дан в срок");
            op.screenshot("message-closed");

            op.open("messages");
            op.waitFor(By.id("messages-grid"));
            op.documentScreenshot("messages");
        }
    }

    private Browser start(String login) {
        return Browser.firstLogin(base, login, oneTimePasswords.get(login), PASSWORD);
    }

    private final java.util.Map<String, String> oneTimePasswords = new java.util.HashMap<>();

    private void create(Browser admin, String login, String name, String role) {
        oneTimePasswords.put(login, admin.createStaff(login, name, role));
    }
}
