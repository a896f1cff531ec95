package ru.otklik.report.ui;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import ru.otklik.testing.Browser;
import ru.otklik.testing.BrowserTest;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Unique;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curator opens Отчёты: the month's report shows its figures, its charts as images, and
 * both files download (with the curator's own session) and hold the figure the page shows; a
 * reversed period is refused on the date field, in Russian.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@BrowserTest
class ReportsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCuratorReadsTheReportAndDownloadsXlsxAndPdf_R1_13() throws Exception {
        String curator = "cur-" + Unique.login("r").substring(2);
        String oneTime;
        try (Browser admin = new Browser(base)) {
            admin.logInAsAdmin();
            oneTime = admin.createStaff(curator, "Куратор Отчётов", "Куратор");
        }
        try (Browser cur = Browser.firstLogin(base, curator, oneTime, "Рабочий-пароль-2026")) {
            // at least one message this year, whatever else the database holds
            cur.open("messages/new");
            cur.choose("register-network", "ВКонтакте");
            cur.byId("register-text").findElement(By.tagName("textarea")).sendKeys("Сообщение для отчёта");
            cur.click("register-save");
            cur.waitFor(By.id("message-text"));

            // the curator's home page starts with the figures of the day
            cur.open("");
            assertThat(cur.byId("home-dashboard").getText()).contains("Просрочено", "Срок сегодня",
                    "Проекты ответов на согласовании", "Ответов в срок в этом месяце");

            cur.open("reports");
            cur.select("report-range", "Год");
            cur.click("report-build");
            String total = cur.byId("report-card-total").findElement(By.className("report-card-value")).getText();
            assertThat(Long.parseLong(total.replace(" ", ""))).isPositive();
            assertThat(cur.byId("report-card-in-time").getText()).contains("Доля ответов в срок");
            WebElement chart = cur.byId("report-chart-dynamics");
            assertThat((Long) ((JavascriptExecutor) cur.driver()).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0", chart)).isPositive();
            assertThat(cur.text()).contains("Динамика поступления", "Итоги и качество", "По видам сообщений");
            cur.screenshot("report");

            byte[] xlsx = download(cur, "report-xlsx", ".xlsx");
            assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Row first = book.getSheet("Итоги и качество").getRow(1);
                assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Поступило сообщений");
                assertThat((long) first.getCell(1).getNumericCellValue()).isEqualTo(Long.parseLong(total.replace(" ", "")));
            }
            byte[] pdf = download(cur, "report-pdf", ".pdf");
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Отчёт о работе с сообщениями",
                        "Куратор Отчётов", "Поступило сообщений " + total);
            }

            WebElement from = cur.waitFor(By.cssSelector("#report-from input"));
            from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "31.12.2099", Keys.ENTER);
            cur.waitForVaadin();
            cur.click("report-build");
            assertThat(cur.byId("report-content").getText()).contains("Начало периода позже его конца");
        }
    }

    /**
     * Asks for a file with its button (the page shows that it is being prepared, then offers it
     * through its download link) and fetches the link with the browser's own session cookie.
     */
    private byte[] download(Browser browser, String buttonId, String extension) throws Exception {
        browser.click(buttonId);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> {
                    String h = d.findElement(By.id("report-download")).getAttribute("href");
                    return h != null && h.contains(extension);
                });
        assertThat(browser.driver().findElement(By.id("report-download")).getAttribute("download")).isNotNull();
        String href = browser.driver().findElement(By.id("report-download")).getAttribute("href");
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

}
