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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Serial;
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

    /**
     * Reads a JSON body of at most {@code limit} bytes; a larger, empty or unreadable one is refused.
     * The body is parsed as it arrives, not read into a buffer and a string first: for a batch of
     * 32 MB those two copies came on top of the parsed values, and a few batches at once filled the
     * server's heap (a test server ran out of memory on a batch of 19 MB).
     */
    public static JsonValue read(InputStream body, int limit) {
        if (body == null) {
            throw RequestRefused.ofParameter("body", "error.json.empty");
        }
        Limited in = new Limited(body, limit);
        try {
            if (!in.hasMore()) {
                throw RequestRefused.ofParameter("body", "error.json.empty");
            }
        } catch (IOException e) {
            throw in.refusal();
        }
        try (JsonReader reader = Jsons.reader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.read();
        } catch (JsonException e) {
            // the parser wraps what the stream threw: a body over the limit or broken off, or bad JSON
            throw in.failed ? in.refusal() : RequestRefused.ofParameter("body", "error.json.malformed");
        }
    }

    /** The body counted as it is read: past the limit it fails, and says why. */
    private static final class Limited extends PushbackInputStream {
        private final int limit;
        private long count;
        private boolean tooLarge;
        private boolean failed;

        Limited(InputStream in, int limit) {
            super(in, 1);
            this.limit = limit;
        }

        boolean hasMore() throws IOException {
            int b = read();
            if (b < 0) {
                return false;
            }
            unread(b);
            count--;
            return true;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException e) {
                failed = true; // e.g. the web server's own limit, or the client gone
                throw e;
            }
            if (n > 0) {
                count += n;
                if (count > limit) {
                    tooLarge = true;
                    failed = true;
                    throw new IOException("request body over " + limit + " bytes");
                }
            }
            return n;
        }

        RequestRefused refusal() {
            return tooLarge ? new BodyTooLarge(limit) : RequestRefused.ofParameter("body", "error.json.unreadable");
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
