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
import ru.otklik.testing.Deployments;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/deadlines} from outside, without login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadlinesResourceIT {

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
