package ru.otklik.message.ui;

import jakarta.json.Json;
import org.openqa.selenium.By;
import ru.otklik.testing.Browser;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The outside part of {@link LiveGridBrowserIT}: the curator's browser and the monitoring software's client. */
final class LiveGridBrowserSteps {

    private static final String PASSWORD = "Рабочий-пароль-2026";
    private static final Pattern FOUND = Pattern.compile("(\\d[\\d\\s\\u00a0\\u202f]*)");

    private LiveGridBrowserSteps() {
    }

    static void watchABatchArrive(URL base, Properties p) throws Exception {
        String run = p.getProperty("run");
        try (Browser cur = Browser.firstLogin(base, p.getProperty("login"), p.getProperty("password"), PASSWORD)) {
            cur.open("messages");
            cur.waitFor(By.id("messages-grid"));
            long before = found(cur.byId("messages-total").getText());

            StringBuilder batch = new StringBuilder("[");
            for (int i = 0; i < 3; i++) {
                batch.append(i == 0 ? "" : ",").append(Json.createObjectBuilder().add("source", "Мониторинг")
                        .add("externalId", run + "-" + i).add("network", "vk").add("kind", "INCIDENT")
                        .add("detectedAt", OffsetDateTime.now(ZoneOffset.ofHours(3)).minusMinutes(2).toString())
                        .add("url", "https://vk.com/wall-7_" + run + i)
                        .add("text", "Живая лента " + run + ": упало дерево на Школьной, " + i).build());
            }
            HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(new URL(base, "api/v1/messages/batch").toString()))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + p.getProperty("token"))
                    .POST(HttpRequest.BodyPublishers.ofString(batch.append("]").toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).isEqualTo(200);
            assertThat(sent.body()).contains("\"created\":3");

            // no reload: the push brings the new total
            cur.waitUntil("the total to grow by the batch", d -> found(cur.byId("messages-total").getText()) == before + 3);
            cur.type("messages-search", "Живая лента " + run);
            cur.waitUntil("the batch's messages in the grid", d -> cur.text().contains("упало дерево на Школьной, 2"));
            cur.screenshot("live-grid");
        }
    }

    /** The number in "Найдено: 1 234" (grouped with a space of some kind). */
    private static long found(String text) {
        Matcher m = FOUND.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1).replaceAll("[\\s\\u00a0\\u202f]", "").strip());
    }
}
