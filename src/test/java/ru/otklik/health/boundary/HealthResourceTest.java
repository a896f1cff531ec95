package ru.otklik.health.boundary;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The health answer's status and body for each state of its parts (the IT sees only "all up"). */
class HealthResourceTest {

    @Test
    void allUpIs200() {
        HealthResource.Health h = new HealthResource.Health(true, Optional.of(Instant.EPOCH), true, 2L, 1L);
        assertThat(HealthResource.status(h)).isEqualTo(200);
        JsonObject body = HealthResource.body(h);
        assertThat(body.getString("status")).isEqualTo("up");
        assertThat(body.getJsonObject("mailQueue").getInt("pending")).isEqualTo(2);
        assertThat(body.getJsonObject("mailQueue").getInt("failed")).isEqualTo(1);
        assertThat(body.getJsonObject("deadlineSweep").getString("nextTimeout")).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void aDeadDatabaseIs503AndTheMailQueueUnknown() {
        HealthResource.Health h = new HealthResource.Health(false, Optional.empty(), true, null, null);
        assertThat(HealthResource.status(h)).isEqualTo(503);
        JsonObject body = HealthResource.body(h);
        assertThat(body.getString("status")).isEqualTo("down");
        assertThat(body.getString("database")).isEqualTo("down");
        assertThat(body.getString("timers")).isEqualTo("up");
        assertThat(body.getJsonObject("mailQueue").getString("pending")).isEqualTo("unknown");
    }

    @Test
    void aMissingDeadlineTimerIs503() {
        HealthResource.Health h = new HealthResource.Health(true, Optional.empty(), false, 0L, 0L);
        assertThat(HealthResource.status(h)).isEqualTo(503);
        assertThat(HealthResource.body(h).getString("timers")).isEqualTo("down");
    }
}
