package ru.otklik.base.boundary;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.otklik.base.Jsons;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Translations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * What every intake API (messages, comments) does with a request body the same way: reads it
 * within a byte limit, takes typed fields out of it, refuses anything else with a named
 * parameter, and answers a missing token alike. Untrusted input never gets further than here
 * without a clear 4xx.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** Reads a JSON body of at most {@code limit} bytes; a larger, empty or unreadable one is refused. */
    public static JsonValue read(InputStream body, int limit) {
        if (body == null) {
            throw RequestRefused.ofParameter("body", "error.json.empty");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            int n;
            while ((n = body.read(chunk)) > 0) {
                if (buffer.size() + n > limit) {
                    throw new BodyTooLarge(limit);
                }
                buffer.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw RequestRefused.ofParameter("body", "error.json.unreadable");
        }
        if (buffer.size() == 0) {
            throw RequestRefused.ofParameter("body", "error.json.empty");
        }
        try (JsonReader reader = Jsons.reader(new StringReader(buffer.toString(StandardCharsets.UTF_8)))) {
            return reader.read();
        } catch (JsonException e) {
            throw RequestRefused.ofParameter("body", "error.json.malformed");
        }
    }

    /** A string field, {@code null} when absent or null; any other type is refused naming the field. */
    public static String string(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw RequestRefused.ofParameter(field, "error.json.type", field, "string");
    }

    /** A string field that monitoring software may also send as a number (an id). */
    public static String stringOrNumber(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return string(o, field);
    }

    /** The English text of a translation key for API answers (the key itself when it has none). */
    public static String english(String key, Object... args) {
        return Translations.translateOr(key, Translations.ENGLISH, key).equals(key) ? key
                : Translations.translate(key, Translations.ENGLISH, args);
    }

    /** 401 with the bearer challenge and the API's JSON error. */
    public static Response unauthenticated() {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Otklik\"")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(401, "unauthenticated", "A valid bearer token is required")).build();
    }

    /** A body over the limit: answered 413. */
    public static final class BodyTooLarge extends RequestRefused {
        @Serial
        private static final long serialVersionUID = 1L;

        BodyTooLarge(int limit) {
            super("error.json.too-large", limit / 1024);
        }

        @Override
        public int status() {
            return 413;
        }

        @Override
        public String parameter() {
            return "body";
        }
    }
}
