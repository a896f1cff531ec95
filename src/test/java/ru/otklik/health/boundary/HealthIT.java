package ru.otklik.health.boundary;

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
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/health} on a running server: everything up, no login needed, nothing cached. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void aRunningServerIsUpWithItsDatabaseTheDeadlineTimerAndTheMailQueue() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/health"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(r.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        JsonObject health = Json.createReader(new StringReader(r.body())).readObject();
        assertThat(health.getString("status")).isEqualTo("up");
        assertThat(health.getString("database")).isEqualTo("up");
        assertThat(health.getString("timers")).isEqualTo("up");
        Instant next = Instant.parse(health.getJsonObject("deadlineSweep").getString("nextTimeout"));
        assertThat(next).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
        assertThat(health.getJsonObject("mailQueue").getJsonNumber("pending").longValue()).isNotNegative();
        assertThat(health.getJsonObject("mailQueue").getJsonNumber("failed").longValue()).isNotNegative();
    }
}
