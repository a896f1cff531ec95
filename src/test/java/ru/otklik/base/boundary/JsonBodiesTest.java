package ru.otklik.base.boundary;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import ru.otklik.base.control.RequestRefused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How the intake APIs read a request body (issue 4: a clear 4xx for every bad body, within a byte limit). */
class JsonBodiesTest {

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyWithinItsLimitIsParsedWithItsUtf8Text() {
        String json = "{\"text\":\"Яма на дороге\",\"n\":5}";
        JsonValue v = JsonBodies.read(body(json), json.getBytes(StandardCharsets.UTF_8).length);
        assertThat(v.asJsonObject().getString("text")).isEqualTo("Яма на дороге");
        assertThat(v.asJsonObject().getInt("n")).isEqualTo(5);
    }

    @Test
    void aBodyOneByteOverItsLimitIsRefused413() {
        String json = "[\"" + "ы".repeat(600) + "\"]"; // 1,204 bytes
        assertThat(JsonBodies.read(body(json), 1_204).asJsonArray()).hasSize(1);
        RequestRefused r = catchThrowableOfType(() -> JsonBodies.read(body(json), 1_203), RequestRefused.class);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.key()).isEqualTo("error.json.too-large");
        // over the limit is refused even when the JSON would be broken further on
        RequestRefused broken = catchThrowableOfType(() -> JsonBodies.read(body("[\"" + "x".repeat(5_000)), 1_000),
                RequestRefused.class);
        assertThat(broken.status()).isEqualTo(413);
    }

    @Test
    void anEmptyBrokenOrUnreadableBodyIsRefused400() {
        assertThat(refusal(null)).isEqualTo("error.json.empty");
        assertThat(refusal(body(""))).isEqualTo("error.json.empty");
        assertThat(refusal(body("{\"text\": "))).isEqualTo("error.json.malformed");
        assertThat(refusal(body("   "))).isEqualTo("error.json.malformed");
        assertThat(refusal(new InputStream() {
            private int left = 10;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return '[';
                }
                throw new IOException("connection reset");
            }
        })).isEqualTo("error.json.unreadable");
    }

    private static String refusal(InputStream in) {
        RequestRefused r = catchThrowableOfType(() -> JsonBodies.read(in, 1_000), RequestRefused.class);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.parameter()).isEqualTo("body");
        return r.key();
    }
}
