package ru.otklik.worktime.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working-time REST API from outside: {@code GET /api/v1/deadlines} without login, and the
 * calendar import with HTTP Basic as ADMIN.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkingTimeApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHighImportanceIncidentAt13IsDueAt17TheSameDay_R1_7() throws Exception {
        HttpResponse<String> r = get("kind=HIGH_IMPORTANCE&from=2026-11-30T13:00:00%2B03:00");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonObject json = json(r);
        assertThat(json.getString("dueAt")).isEqualTo("2026-11-30T17:00:00+03:00");
        assertThat(json.getInt("workingMinutes")).isEqualTo(240);
        assertThat(json.getString("timeZone")).isEqualTo("Europe/Moscow");
        assertThat(json.getBoolean("calendarConfirmed")).isTrue();
    }

    @Test
    void theFinalAnswerAfterAnInterimOneNamesTheSkippedHolidays_R1_9() throws Exception {
        JsonObject json = json(get("kind=FINAL_AFTER_INTERIM&from=2026-04-29T08:00:00Z"));
        assertThat(json.getString("dueAt")).isEqualTo("2026-05-12T17:00:00+03:00");
        assertThat(json.getJsonArray("skippedDaysOff").stream().map(v -> v.asJsonObject().getString("date")))
                .contains("2026-05-01", "2026-05-09", "2026-05-11");
        assertThat(json.getJsonArray("skippedDaysOff").getJsonObject(0).getString("holiday"))
                .isEqualTo("Праздник Весны и Труда");
    }

    @Test
    void anUnencodedPlusOfTheOffsetIsUnderstood() throws Exception {
        assertThat(json(get("kind=incident&from=2026-11-30T13:00:00+03:00")).getString("dueAt"))
                .isEqualTo("2026-12-01T12:00:00+03:00");
    }

    @Test
    void badParametersAnswer400NamingTheParameter() throws Exception {
        assertBad(get("kind=URGENT&from=2026-11-30T13:00:00Z"), "kind");
        assertBad(get("from=2026-11-30T13:00:00Z"), "kind");
        assertBad(get("kind=INCIDENT"), "from");
        assertBad(get("kind=INCIDENT&from=30.11.2026"), "from");
        assertBad(get("kind=INCIDENT&from=2026-11-30T13:00:00"), "from");
        assertBad(get("kind=INCIDENT&from=1990-01-01T10:00:00Z"), "from");
        assertBad(get("kind=INCIDENT&from=2026-11-30T13:00:00Z&org=abc"), "org");
        assertBad(get("kind=INCIDENT&from=2026-11-30T13:00:00Z&org=987654321"), "org");
    }

    @Test
    void theCalendarApiNeedsTheAdministrator() throws Exception {
        assertThat(calendar("GET", "2026", null, null).statusCode()).isEqualTo(401);
        assertThat(calendar("GET", "2026", "admin:wrong-password", null).statusCode()).isEqualTo(401);
        HttpResponse<String> year = calendar("GET", "2026", adminCredentials(), null);
        assertThat(year.statusCode()).isEqualTo(200);
        assertThat(json(year).getInt("workingDays")).isEqualTo(247);
        assertThat(json(year).getBoolean("confirmed")).isTrue();
    }

    @Test
    void aBadCalendarFileIsRefusedWithItsProblemsAndLines() throws Exception {
        String bad = "<?xml version=\"1.0\"?>\n<calendar year=\"2031\">\n<days>\n<day d=\"13.01\" t=\"1\"/>\n"
                + "<day d=\"03.03\" t=\"9\"/>\n</days>\n</calendar>\n";
        HttpResponse<String> r = calendar("PUT", "2031", adminCredentials(), bad);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonObject json = json(r);
        assertThat(json.getJsonArray("problems")).hasSize(2);
        assertThat(json.getJsonArray("problems").getJsonObject(0).getInt("line")).isEqualTo(4);
        assertThat(json.getJsonArray("problems").getJsonObject(1).getString("message")).contains("unknown day type");
        assertThat(json(calendar("GET", "2031", adminCredentials(), null)).getBoolean("confirmed")).isFalse();
    }

    @Test
    void theYearOfTheAddressMustBeTheYearOfTheFile() throws Exception {
        String file2026 = new String(WorkingTimeApiIT.class.getResourceAsStream("/calendar/ru-2026.xml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = calendar("POST", "2027/preview", adminCredentials(), file2026);
        assertBad(r, "year");
        HttpResponse<String> same = calendar("POST", "2026/preview", adminCredentials(), file2026);
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(json(same).getJsonArray("changes")).isEmpty();
    }

    private static String adminCredentials() {
        return As.ADMIN + ":" + As.adminPassword();
    }

    private HttpResponse<String> calendar(String method, String path, String credentials, String xml) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/calendar/" + path))
                .header("Content-Type", "application/xml")
                .method(method, xml == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(xml));
        if (credentials != null) {
            b.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertBad(HttpResponse<String> r, String parameter) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonObject json = json(r);
        assertThat(json.getString("parameter")).isEqualTo(parameter);
        assertThat(json.getString("message")).isNotBlank().doesNotContain("Exception");
    }

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/deadlines?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }
}
