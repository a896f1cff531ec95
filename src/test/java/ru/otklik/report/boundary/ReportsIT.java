package ru.otklik.report.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.boundary.Messages;
import ru.otklik.message.boundary.NewMessage;
import ru.otklik.message.entity.AnswerKind;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.NoAnswerGround;
import ru.otklik.message.entity.Topic;
import ru.otklik.report.control.Report;
import ru.otklik.security.boundary.Staff;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.Unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * R1.13 against a hand-built week of messages with known answers (week of 03.03.2025, Moscow):
 * <ol>
 *   <li>incident, Mon 09:00, answered 11:00: 2 working hours, in time;</li>
 *   <li>incident, Mon 10:00, a draft returned once, answered Tue 12:00: 10 working hours, late;</li>
 *   <li>high-importance incident, Mon 09:00, interim answer 10:00, final Wed 10:00: in time (R1.9);</li>
 *   <li>publication, Tue 09:00, closed without answer for an insult (R1.11);</li>
 *   <li>incident, Wed 09:00, never answered: overdue;</li>
 * </ol>
 * and one incident in the previous week. The report's figures, its XLSX and its PDF are checked
 * against these, and bad periods are refused with clear messages.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    static final ZoneId MSK = ZoneId.of("Europe/Moscow");
    static final LocalDate FROM = LocalDate.of(2025, 3, 3);
    static final LocalDate TO = LocalDate.of(2025, 3, 9);

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ReportsIT.class).addAsLibraries(Deployments.jarOf(PDDocument.class),
                Deployments.jarOf(TrueTypeFont.class), Deployments.jarOf(RandomAccessRead.class));
    }

    @EJB
    Reports reports;

    @EJB
    Messages messages;

    @EJB
    Staff staff;

    private static Team team;
    private static String author;

    @BeforeEach
    void fixture() throws Exception {
        if (team != null) {
            return;
        }
        team = Team.create(staff);
        author = "https://vk.com/id" + Unique.login("a");
        long roads = topic("roads");
        long housing = topic("housing");

        Message m1 = register(MessageKind.INCIDENT, at(3, 9, 0), roads, author);
        answer(m1, AnswerKind.FINAL, at(3, 11, 0), false);
        Message m2 = register(MessageKind.INCIDENT, at(3, 10, 0), roads, author);
        answer(m2, AnswerKind.FINAL, at(4, 12, 0), true);
        Message m3 = register(MessageKind.HIGH_IMPORTANCE, at(3, 9, 0), housing, null);
        answer(m3, AnswerKind.INTERIM, at(3, 10, 0), false);
        answer(m3, AnswerKind.FINAL, at(5, 10, 0), false);
        Message m4 = register(MessageKind.PUBLICATION, at(4, 9, 0), null, null);
        team.operator().call(() -> messages.closeNoAnswer(m4.getId(), m4.getVersion(), NoAnswerGround.INSULT, null));
        register(MessageKind.INCIDENT, at(5, 9, 0), roads, null);
        register(MessageKind.INCIDENT, LocalDateTime.of(2025, 2, 25, 10, 0).atZone(MSK).toInstant(), roads, null);
    }

    @Test
    void resultsQualityAndDynamicsOfTheWeek_R1_13() throws Exception {
        Report r = team.curator().call(() -> reports.build(FROM, TO, Locale.forLanguageTag("ru")));
        Report.Results res = r.results();
        assertThat(res.total()).isEqualTo(5);
        assertThat(res.byKind()).containsExactly(new Report.Count("Инцидент", 3),
                new Report.Count("Инцидент повышенной важности", 1), new Report.Count("Публикация в социальной сети", 1));
        assertThat(res.answered()).isEqualTo(3);
        assertThat(res.noAnswer()).isEqualTo(1);
        assertThat(res.inProgress()).isEqualTo(1);
        assertThat(res.noAnswerGrounds()).containsExactly(new Report.Count("Оскорбительные выражения", 1));
        assertThat(res.byExecutor()).containsExactly(new Report.Count("Исполнитель Иван", 3),
                new Report.Count("Исполнитель не назначен", 2));

        Report.Quality q = r.quality();
        assertThat(q.answeredInTime()).isEqualTo(2);
        assertThat(q.shareInTime()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(q.closedLate()).isEqualTo(1);
        assertThat(q.openOverdue()).isEqualTo(1);
        assertThat(q.overdue()).isEqualTo(2);
        assertThat(q.medianHours()).isEqualTo(2.0);  // first answers after 1, 2 and 10 working hours
        assertThat(q.p90Hours()).isEqualTo(10.0);
        assertThat(q.withInterim()).isEqualTo(1);
        assertThat(q.interimFinalInTime()).isEqualTo(1);
        assertThat(q.draftsReturned()).isEqualTo(1);

        assertThat(r.dynamics().granularity()).isEqualTo(Report.Granularity.DAY);
        assertThat(r.dynamics().buckets()).extracting(Report.Bucket::current).containsExactly(3L, 1L, 1L, 0L, 0L, 0L, 0L);
        assertThat(r.dynamics().buckets()).extracting(Report.Bucket::previous).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(r.dynamics().buckets().get(0).label()).isEqualTo("03.03.2025");
        assertThat(r.dynamics().previousTotal()).isEqualTo(1);
        assertThat(r.topics()).contains(new Report.Trend("Дороги", 3, 1), new Report.Trend("ЖКХ", 1, 0),
                new Report.Trend("Без темы", 1, 0));
        assertThat(r.repeatedAuthors()).hasSize(1);
        assertThat(r.repeatedAuthors().get(0).count()).isEqualTo(2);
        assertThat(r.repeatedAuthors().get(0).label()).isEqualTo("Иван Петров");
        assertThat(r.author()).isEqualTo("Куратор Елена");
    }

    @Test
    void theXlsxHoldsTheSameFiguresAsNumbers() throws Exception {
        byte[] file = team.curator().call(() -> reports.xlsx(FROM, TO, Locale.forLanguageTag("ru")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet title = book.getSheet("Отчёт");
            assertThat(title.getRow(1).getCell(1).getStringCellValue()).isEqualTo("03.03.2025 – 09.03.2025");
            Sheet summary = book.getSheet("Итоги и качество");
            assertThat(value(summary, "Поступило сообщений")).isEqualTo(5.0);
            assertThat(value(summary, "Доля ответов в срок")).isCloseTo(2.0 / 3, within(1e-9));
            assertThat(row(summary, "Доля ответов в срок").getCell(1).getCellStyle().getDataFormatString()).contains("%");
            assertThat(value(summary, "Нарушен срок (всего)")).isEqualTo(2.0);
            assertThat(value(summary, "Время до первого ответа, медиана (рабочих часов)")).isEqualTo(2.0);
            Sheet kinds = book.getSheet("По видам сообщений");
            assertThat(value(kinds, "Инцидент")).isEqualTo(3.0);
        }
    }

    @Test
    void thePdfHasTheTitleBlockTheFiguresAndCyrillicText() throws Exception {
        byte[] file = team.head().call(() -> reports.pdf(FROM, TO, Locale.forLanguageTag("ru")));
        try (PDDocument pdf = Loader.loadPDF(file)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Отчёт о работе с сообщениями в социальных сетях", "03.03.2025 – 09.03.2025",
                    "Глава Олег", "Поступило сообщений 5", "Доля ответов в срок 66,7 %", "Оскорбительные выражения 1");
            assertThat(pdf.getPage(0).getResources().getFontNames()).isNotEmpty();
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Глава Олег");
        }
    }

    @Test
    void badPeriodsAreRefusedWithClearMessagesAndOthersMayNotSeeReports() throws Exception {
        assertThat(refusal(null, TO)).isEqualTo("error.report.period.empty");
        assertThat(refusal(TO, FROM)).isEqualTo("error.period.reversed");
        assertThat(refusal(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 1, 1))).isEqualTo("error.report.period.too-long");
        Report empty = team.curator().call(() -> reports.build(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31),
                Locale.ENGLISH));
        assertThat(empty.results().total()).isZero();
        assertThat(empty.quality().shareInTime()).isNull();
        assertThat(empty.quality().medianHours()).isNull();
        assertThat(empty.dynamics().granularity()).isEqualTo(Report.Granularity.MONTH);
        assertThat(empty.dynamics().buckets()).hasSize(12);
        assertThatThrownBy(() -> team.operator().call(() -> reports.build(FROM, TO, Locale.ENGLISH)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> team.executor().call(() -> reports.pdf(FROM, TO, Locale.ENGLISH)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theReportThroughTheRestApiForTheCuratorOnly() throws Exception {
        String url = ru.otklik.testing.Server.url("/api/v1/reports?from=2025-03-03&to=2025-03-09");
        HttpResponse<String> ok = get(url, team.curator());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonObject json = Json.createReader(new StringReader(ok.body())).readObject();
        assertThat(json.getInt("total")).isEqualTo(5);
        assertThat(json.getJsonObject("quality").getJsonNumber("shareInTime").doubleValue()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(json.getJsonObject("quality").getJsonNumber("p90Hours").doubleValue()).isEqualTo(10.0);
        assertThat(json.getJsonArray("dynamics")).hasSize(7);
        HttpResponse<String> reversed = get(ru.otklik.testing.Server.url("/api/v1/reports?from=2025-03-09&to=2025-03-03"), team.curator());
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"parameter\":\"to\"");
        assertThat(get(ru.otklik.testing.Server.url("/api/v1/reports?from=2025-03-03&to=tomorrow"), team.curator()).statusCode())
                .isEqualTo(400);
        assertThat(get(url, team.operator()).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> get(String url, Team.Member who) throws Exception {
        String basic = Base64.getEncoder().encodeToString((who.login() + ":" + who.password()).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + basic)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------- fixture helpers

    private String refusal(LocalDate from, LocalDate to) {
        try {
            team.curator().call(() -> reports.build(from, to, Locale.ENGLISH));
            return "accepted";
        } catch (RequestRefused refused) {
            return refused.key();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2025, 3, day, hour, minute).atZone(MSK).toInstant();
    }

    private long topic(String code) throws Exception {
        return team.operator().call(() -> messages.topics()).stream().filter(t -> t.getCode().equals(code))
                .map(Topic::getId).findFirst().orElseThrow();
    }

    private Message register(MessageKind kind, Instant detectedAt, Long topicId, String authorUrl) throws Exception {
        NewMessage in = new NewMessage();
        in.setKind(kind);
        in.setNetwork("vk");
        in.setText("Сообщение для отчёта " + Unique.login("r"));
        in.setDetectedAt(detectedAt);
        if (authorUrl != null) {
            in.setAuthorName("Иван Петров");
            in.setAuthorUrl(authorUrl);
        }
        Message m = team.operator().call(() -> messages.register(in).message());
        return team.operator().call(() -> messages.classify(m.getId(), m.getVersion(), kind, topicId));
    }

    /** The procedure of Appendix 1 up to the posted answer; optionally the curator returns the draft once. */
    private void answer(Message m, AnswerKind kind, Instant postedAt, boolean returnOnce) throws Exception {
        long id = m.getId();
        if (fresh(id).getExecutor() == null) {
            team.curator().call(() -> messages.sendToHead(id, fresh(id).getVersion()));
            team.head().call(() -> messages.assignExecutor(id, fresh(id).getVersion(), team.executor().id()));
        }
        team.executor().call(() -> messages.saveDraft(id, fresh(id).getVersion(), kind, "Здравствуйте! Разбираемся."));
        team.executor().call(() -> messages.submitDraft(id, fresh(id).getVersion()));
        if (returnOnce) {
            team.curator().call(() -> messages.returnDraft(id, fresh(id).getVersion(), "Проще, пожалуйста"));
            team.executor().call(() -> messages.saveDraft(id, fresh(id).getVersion(), kind, "Здравствуйте! Ремонт в мае."));
            team.executor().call(() -> messages.submitDraft(id, fresh(id).getVersion()));
        }
        team.curator().call(() -> messages.approveDraft(id, fresh(id).getVersion()));
        team.operator().call(() -> messages.postAnswer(id, fresh(id).getVersion(), postedAt, "https://vk.com/wall-1_" + id));
    }

    private Message fresh(long id) throws Exception {
        return team.curator().call(() -> messages.details(id).message());
    }

    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private static double value(Sheet sheet, String label) {
        return row(sheet, label).getCell(1).getNumericCellValue();
    }

}
