package ru.otklik.shell.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.otklik.testing.As;
import ru.otklik.testing.Browser;
import ru.otklik.testing.BrowserTest;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Unique;

import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the administrator creates a staff member with a role; that person logs
 * in with the one-time password, must set their own, and then sees only what their role
 * allows; a forbidden address is refused with a clear page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BrowserTest
class StaffAndMenuBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void adminCreatesAnOperatorWhoSeesOnlyTheAllowedMenu() throws Exception {
        String login = Unique.login("browser");
        String oneTimePassword;
        try (Browser admin = new Browser(base)) {
            admin.logInAsAdmin();
            assertThat(menu(admin)).contains("Главная", "Настройки", "Организация", "Сотрудники и роли",
                    "Журнал действий");
            admin.screenshot("home-admin");

            admin.open("settings/staff");
            admin.click("staff-new");
            admin.type("staff-login", login);
            admin.type("staff-fullName", "Кузнецова Ольга Ивановна");
            admin.type("staff-position", "специалист общего отдела");
            WebElement operator = admin.waitFor(By.xpath(
                    "//vaadin-checkbox[.//label[normalize-space()='Специалист общего отдела']]"));
            operator.findElement(By.tagName("input")).click();
            admin.screenshot("staff-form");
            admin.click("staff-save");
            oneTimePassword = admin.byId("one-time-password").getText().trim();
            admin.screenshot("staff-one-time-password");
            admin.click("one-time-password-done");
            // other tests leave many staff behind: the search finds the new one wherever the grid has it
            admin.type("staff-search", login);
            admin.waitUntil("the new operator in the staff grid", d -> admin.byId("staff-grid").getText().contains(login));
            assertThat(admin.text()).contains(login, "Кузнецова Ольга Ивановна");
            admin.documentScreenshot("staff");
        }
        assertThat(oneTimePassword).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");

        try (Browser user = new Browser(base)) {
            user.logIn(login, oneTimePassword);
            assertThat(user.byId("must-change-password").getText()).contains("одноразовым паролем");
            user.type("password-current", oneTimePassword);
            user.type("password-new", "Мой-новый-пароль-2026");
            user.type("password-repeat", "Мой-новый-пароль-2026");
            user.click("password-save");
            user.waitFor(By.id("home-roles"));
            assertThat(user.byId("home-roles").getText()).contains("Специалист общего отдела");
            assertThat(menu(user)).containsExactly("Главная", "Уведомления", "Сообщения", "Рекомендации", "Калькулятор сроков");

            user.open("settings/staff");
            assertThat(user.byId("access-denied").getText()).contains("Недостаточно прав");
            user.open("audit");
            assertThat(user.byId("access-denied").getText()).contains("Недостаточно прав");
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheRussianLoginPage() throws Exception {
        try (Browser anonymous = new Browser(base)) {
            anonymous.open("settings/staff");
            assertThat(anonymous.driver().getCurrentUrl()).contains("login");
            assertThat(anonymous.waitFor(By.tagName("vaadin-login-form")).getText()).contains("Вход", "Войти");
            anonymous.documentScreenshot("login");
            anonymous.logIn(As.ADMIN, "wrong-password-here");
            assertThat(anonymous.text()).contains("Неверный логин или пароль");
        }
    }

    private static List<String> menu(Browser browser) {
        browser.waitFor(By.id("side-menu"));
        return browser.all(By.cssSelector("#side-menu vaadin-side-nav-item")).stream()
                .map(e -> e.getText().split("\n")[0].trim()).filter(t -> !t.isEmpty()).toList();
    }
}
