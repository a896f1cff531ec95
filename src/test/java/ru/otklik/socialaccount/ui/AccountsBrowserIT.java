package ru.otklik.socialaccount.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.otklik.testing.Browser;
import ru.otklik.testing.BrowserTest;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Unique;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMM editor registers the administration's account, sees what its design lacks, stores its
 * password, reveals it after a confirmation and sees it hidden again by itself; the audit log
 * shows the reveal to the administrator (R2.1, R2.2, R2.7).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BrowserTest
class AccountsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSmmEditorKeepsAnAccountAndRevealsItsPasswordOnRequest_R2_2() throws Exception {
        String login = "smm-" + Unique.login("a").substring(2);
        String name = "Администрация " + Unique.login("s");
        String oneTime;
        try (Browser admin = new Browser(base)) {
            admin.logInAsAdmin();
            oneTime = admin.createStaff(login, "Ведущая Светлана", "Ведущий аккаунты");
        }
        try (Browser smm = Browser.firstLogin(base, login, oneTime, "Рабочий-пароль-2026")) {
            smm.open("accounts");
            smm.click("accounts-new");
            smm.choose("account-network", "ВКонтакте");
            smm.type("account-name", name);
            smm.type("account-phone", "+7 (48439) 2-11-00");
            smm.type("account-link", "https://vk.com/berezovka_adm");
            smm.select("account-status", "Работает");
            smm.pick("account-responsible", "Ведущая Светлана");
            // inside the dialog's scrolling overlay: clicked as a user's tap would, without WebDriver's hit test
            ((org.openqa.selenium.JavascriptExecutor) smm.driver()).executeScript("arguments[0].click()",
                    smm.waitFor(By.xpath("//vaadin-checkbox[.//label[normalize-space()='Аватар']]")));
            smm.waitForVaadin();
            smm.click("account-save");

            WebElement grid = smm.byId("accounts-grid");
            new WebDriverWait(smm.driver(), Duration.ofSeconds(10)).until(d -> grid.getText().contains(name));
            assertThat(grid.getText()).contains("1 из 6", "нет: обложка", "Работает", "+7 (48439) 2-11-00",
                    "Ведущая Светлана");

            // the card: store the password, then reveal it after a confirmation
            // the row opens the card (the name itself is the account's link in the network)
            smm.waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='+7 (48439) 2-11-00']")).click();
            smm.waitForVaadin();
            assertThat(smm.byId("account-vault").getText()).contains("ещё не сохранены");
            smm.type("vault-login", "+74843921100");
            smm.type("vault-password", "Berezovka-Secret-77");
            smm.click("vault-store");
            new WebDriverWait(smm.driver(), Duration.ofSeconds(10)).until(d -> smm.byId("vault-show-password").isEnabled());
            assertThat(smm.text()).doesNotContain("Berezovka-Secret-77");

            smm.click("vault-show-password");
            WebElement confirm = smm.waitFor(By.cssSelector("vaadin-confirm-dialog-overlay"));
            assertThat(confirm.getText()).contains("30 секунд", "журнал");
            smm.waitFor(By.xpath("//vaadin-button[normalize-space()='Показать']")).click();
            smm.waitForVaadin();
            WebElement revealed = smm.waitFor(By.cssSelector("#vault-revealed input"));
            assertThat(revealed.getAttribute("value")).isEqualTo("Berezovka-Secret-77");

            // hidden again by itself
            new WebDriverWait(smm.driver(), Duration.ofSeconds(45)).until(
                    ExpectedConditions.invisibilityOfElementLocated(By.id("vault-revealed")));
            assertThat(smm.driver().getPageSource()).doesNotContain("Berezovka-Secret-77");
        }
        try (Browser admin = new Browser(base)) {
            admin.logInAsAdmin();
            admin.open("audit");
            new WebDriverWait(admin.driver(), Duration.ofSeconds(10)).until(d -> admin.text().contains(name));
            assertThat(admin.text()).contains("показ логина или пароля аккаунта").doesNotContain("Berezovka-Secret-77");
        }
    }
}
