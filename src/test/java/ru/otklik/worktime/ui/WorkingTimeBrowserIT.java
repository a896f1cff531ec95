package ru.otklik.worktime.ui;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import ru.otklik.testing.Browser;
import ru.otklik.testing.BrowserTest;
import ru.otklik.testing.Deployments;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The production calendar and the deadline calculator in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BrowserTest
class WorkingTimeBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theAdministratorSeesTheYearAsTwelveMonthsAndStaffCalculateDeadlines() throws Exception {
        try (Browser admin = new Browser(base)) {
            admin.logInAsAdmin();
            admin.open("settings/calendar");
            assertThat(admin.byId("calendar-year").getText()).isEqualTo("2026");
            assertThat(admin.byId("calendar-confirmed").getText()).isEqualTo("Подтверждён");
            assertThat(admin.byId("calendar-totals").getText()).contains("247");
            assertThat(admin.byId("day-2026-11-04").getAttribute("class")).contains("day-off");
            assertThat(admin.byId("day-2026-11-03").getAttribute("class")).contains("shortened");
            assertThat(admin.byId("day-2026-11-04").getAttribute("title")).contains("День народного единства");
            admin.screenshot("calendar");

            admin.click("calendar-next");
            assertThat(admin.byId("calendar-year").getText()).isEqualTo("2027");
            assertThat(admin.byId("calendar-confirmed").getText()).contains("предварительные");
            admin.click("calendar-next");
            assertThat(admin.byId("calendar-confirmed").getText()).contains("Трудового кодекса");

            admin.byId("day-2028-03-01").click();
            assertThat(admin.waitFor(By.id("day-kind")).getText()).contains("Обычный день");

            admin.open("deadlines");
            assertThat(admin.byId("calculator-due").getText()).matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
            assertThat(admin.byId("calculator-result").getText()).contains("Рабочего времени до срока: 8 ч 0 мин");
            admin.screenshot("calculator");
        }
    }
}
