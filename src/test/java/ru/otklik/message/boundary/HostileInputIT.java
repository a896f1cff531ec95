package ru.otklik.message.boundary;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Server;
import ru.otklik.testing.Unique;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake API under hostile input: {@value #REQUESTS} requests made by a seeded random
 * generator (so a failure can be replayed): fuzzed and truncated JSON, wrong types in every field,
 * SQL, script, template and path injection strings in every field, bodies over 1 MB, invalid
 * UTF-8, wrong content types, methods and paths, missing, malformed and revoked tokens, batches of
 * all of these. Every answer must be a 2xx or a 4xx with a JSON error body, never a 5xx; and the
 * message table must grow by exactly the number of messages the 2xx answers say were created.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    static final long SEED = 20_261_129L;
    static final int REQUESTS = 10_000;
    private static final String API = Server.url("/api/v1/messages");

    /** Strings that have broken other applications; each goes into every field. */
    static final List<String> HOSTILE = List.of(
            "'; DROP TABLE message; --", "\" OR 1=1 --", "1' OR '1'='1", "admin'/*", "') UNION SELECT password_hash FROM staff_user --",
            "<script>window.__xss=1</script>", "<img src=x onerror=window.__xss=1>", "javascript:alert(1)",
            "\"><svg onload=alert(1)>", "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "{{7*7}}", "%s%s%s%n", "%00", "\u0000",
            "../../../../etc/passwd", "C:\\Windows\\system32", "\r\nX-Injected: 1", "\u202eevil", "\ud800", "\udfff\ud800",
            "😀🚧".repeat(20), "ы".repeat(5000), "x".repeat(70_000), "", " ", "null", "NaN", "-1", "9".repeat(400),
            "0x7fffffff", "true", "[]", "{}", "\\", "\"", "'", "`rm -rf /`", "$(reboot)", "; ls", "| cat /etc/shadow",
            "=cmd|' /C calc'!A0", "+SUM(1+1)", "@SUM(1)", "<![CDATA[x]]>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "vk\u0000", "VK", "Vk ", "ok", "telegram", "max", "http://", "https://vk.com/" + "a".repeat(2000),
            "2026-11-30T10:00:00+03:00", "0001-01-01T00:00:00Z", "+999999999-12-31T23:59:59+18:00",
            "-999999999-01-01T00:00:00-18:00", "9999-12-31T23:59:59Z", "2026-02-30T10:00:00Z", "2026-11-30T25:00:00Z",
            "1970-01-01T00:00:00Z", "INCIDENT", "HIGH_IMPORTANCE", "publication", "incident\u0000");

    private static final String[] FIELDS = {"source", "externalId", "network", "kind", "detectedAt", "url", "text",
            "topic", "author", "authorName", "authorUrl"};
    /**
     * Not HIGH_IMPORTANCE (it still comes among the hostile strings): each would notify and mail
     * every head and curator at once (R1.14), and thousands of those would measure the outbox.
     */
    private static final String[] KINDS = {"INCIDENT", "PUBLICATION", "incident"};
    private static final String[] NETWORKS = {"vk", "ok", "telegram"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(HostileInputIT.class);
    }

    @EJB
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Random random;
    private String token;
    private String revoked;
    private String run;
    /** Minutes ago, so no deadline falls due (and no alarm is given) while the test runs. */
    private final String detectedAt = OffsetDateTime.now(ZoneOffset.ofHours(3)).minusMinutes(5).withNano(0).toString();

    @Test
    void tenThousandHostileRequestsGetNo5xxAndWriteOnlyWhatTheyReportCreated() throws Exception {
        random = new Random(SEED);
        run = Unique.login("h");
        token = As.admin(() -> tokens.create("Фаззинг " + run)).text();
        var old = As.admin(() -> tokens.create("Отозванный " + run));
        As.admin(() -> tokens.revoke(old.token().getId()));
        revoked = old.text();

        long before = rows("message");
        long registeredBefore = rows("message_event WHERE type = 'REGISTERED'");
        long created = 0;
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            Hostile h = next(i);
            HttpResponse<String> r;
            try {
                r = http.send(h.request(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                failures.add("#" + i + " " + h.what() + ": no answer (" + e + ")");
                continue;
            }
            statuses.merge(h.kind() + " " + r.statusCode(), 1, Integer::sum);
            String problem = check(r);
            if (problem != null && failures.size() < 50) {
                failures.add("#" + i + " " + h.what() + ": " + problem);
            }
            created += created(h, r);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println("HostileInputIT: " + REQUESTS + " requests in " + seconds + " s, seed " + SEED
                + ", " + created + " messages created; answers by kind and status: " + statuses);

        assertThat(failures).as("answers that were a 5xx, not JSON, or no answer").isEmpty();
        assertThat(rows("message") - before).as("rows added to message vs. messages the answers say were created")
                .isEqualTo(created);
        assertThat(rows("message_event WHERE type = 'REGISTERED'") - registeredBefore)
                .as("one registration in the timeline per created message")
                .isEqualTo(created);
        assertThat(created).as("the generator also sends valid messages, some with hostile text").isPositive();
    }

    // ------------------------------------------------------------------ the generator

    /** One request: its kind (for the statistics), a short description, and the request. */
    record Hostile(String kind, String what, boolean batch, HttpRequest request) {
    }

    private Hostile next(int i) {
        int pick = random.nextInt(100);
        if (pick < 15) {
            return single("valid", valid(i, random.nextInt(4) == 0 ? hostile() : "Яма на дороге " + i).toString());
        }
        if (pick < 30) {
            return single("hostile-field", hostileField(i).toString());
        }
        if (pick < 42) {
            return single("wrong-type", wrongType(i).toString());
        }
        if (pick < 57) {
            return single("fuzzed-json", fuzz(valid(i, "Текст " + i).toString()));
        }
        if (pick < 60) {
            return bytes("invalid-utf8", "/", invalidUtf8(valid(i, "Текст").toString()));
        }
        if (pick < 62) {
            return single("huge", "{\"text\":\"" + "ж".repeat(600_000 + random.nextInt(100_000)) + "\"}");
        }
        if (pick < 70) {
            return wrongContentType(i);
        }
        if (pick < 78) {
            return wrongToken(i);
        }
        if (pick < 90) {
            return batch(i);
        }
        if (pick < 96) {
            return reading(i);
        }
        return wrongMethodOrPath(i);
    }

    private JsonObject valid(int i, String text) {
        return Json.createObjectBuilder().add("source", "fuzz-" + run).add("externalId", run + "-" + i + "-" + random.nextInt(3))
                .add("network", NETWORKS[random.nextInt(NETWORKS.length)]).add("kind", KINDS[random.nextInt(KINDS.length)])
                .add("detectedAt", detectedAt)
                .add("url", "https://vk.com/wall-1_" + run + "_" + i)
                .add("author", Json.createObjectBuilder().add("name", random.nextBoolean() ? hostile() : "Иван")
                        .add("url", "https://vk.com/id" + i))
                .add("text", text).build();
    }

    private String hostile() {
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    /** A valid message with one or more fields replaced by a hostile string. */
    private JsonObject hostileField(int i) {
        JsonObjectBuilder b = Json.createObjectBuilder(valid(i, "Текст " + i));
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            b.add(FIELDS[random.nextInt(FIELDS.length)], hostile());
        }
        return b.build();
    }

    /** A valid message with a field of the wrong JSON type. */
    private JsonObject wrongType(int i) {
        JsonObjectBuilder b = Json.createObjectBuilder(valid(i, "Текст " + i));
        String field = FIELDS[random.nextInt(FIELDS.length)];
        JsonValue value = switch (random.nextInt(7)) {
            case 0 -> Json.createValue(random.nextLong());
            case 1 -> Json.createValue(random.nextDouble() * 1e300);
            case 2 -> JsonValue.TRUE;
            case 3 -> JsonValue.NULL;
            case 4 -> Json.createArrayBuilder().add(hostile()).add(1).build();
            case 5 -> Json.createObjectBuilder().add("$gt", "").add("name", Json.createObjectBuilder()).build();
            default -> deep(50 + random.nextInt(2000));
        };
        return b.add(field, value).build();
    }

    /** Arrays nested n deep: parsers that recurse may run out of stack. */
    private static JsonValue deep(int n) {
        String text = "[".repeat(n) + "]".repeat(n);
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readArray();
        } catch (RuntimeException e) {
            return Json.createArrayBuilder().build();
        }
    }

    /** Mutates JSON text: cut, characters removed, inserted or swapped, or structure broken. */
    private String fuzz(String json) {
        StringBuilder s = new StringBuilder(json);
        int edits = 1 + random.nextInt(6);
        String alphabet = "{}[]\",:\\0123456789eE+-.tfnul \u0000\u001f\u00ffЖ\ud83d";
        for (int k = 0; k < edits && s.length() > 0; k++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.setLength(at);
                case 1 -> s.deleteCharAt(at);
                case 2 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 3 -> s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 4 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(40))));
                default -> s.insert(at, "\"" + hostile() + "\"");
            }
        }
        return switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> "   ";
            case 2 -> "null";
            case 3 -> "\"" + hostile() + "\"";
            case 4 -> "123";
            case 5 -> "\uFEFF" + json;
            default -> s.toString();
        };
    }

    private byte[] invalidUtf8(String json) {
        byte[] good = json.getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        for (int k = 0; k < 1 + random.nextInt(5); k++) {
            bad[random.nextInt(bad.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return bad;
    }

    private Hostile wrongContentType(int i) {
        String[] types = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/octet-stream", "application/json; charset=ISO-8859-1", "application/jsonx", "*/*",
                "application/json; boundary=" + "x".repeat(500), "text/html"};
        String type = types[random.nextInt(types.length)];
        return new Hostile("content-type", type, false, base("").header("Content-Type", type)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(valid(i, "Текст").toString())).build());
    }

    private Hostile wrongToken(int i) {
        String[] headers = {null, "", "Bearer", "Bearer ", "Bearer " + revoked, "Bearer otk_" + "a".repeat(40),
                "Basic " + java.util.Base64.getEncoder().encodeToString((run + ":" + run).getBytes(StandardCharsets.UTF_8)), "bearer " + token + "x", "Bearer " + token.substring(0, token.length() - 1),
                "Bearer " + "'; DROP TABLE api_token; --", "Bearer " + "x".repeat(8000), "Token " + token,
                "Bearer " + token + " " + token};
        String header = headers[random.nextInt(headers.length)];
        HttpRequest.Builder b = base(random.nextBoolean() ? "" : "/batch").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(valid(i, "Текст").toString()));
        if (header != null) {
            b.header("Authorization", header);
        }
        return new Hostile("token", header == null ? "no Authorization" : header.substring(0, Math.min(30, header.length())),
                false, b.build());
    }

    private Hostile batch(int i) {
        int shape = random.nextInt(10);
        if (shape == 0) {
            return new Hostile("batch", "1001 items", true, post("/batch", "[" + "{},".repeat(1000) + "{}]"));
        }
        if (shape == 1) {
            return new Hostile("batch", "fuzzed", true, post("/batch", fuzz("[" + valid(i, "a") + "," + valid(i, "b") + "]")));
        }
        if (shape == 2) {
            return new Hostile("batch", "not an array", true, post("/batch", random.nextBoolean() ? "{\"messages\":{}}"
                    : valid(i, "x").toString()));
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        int n = 1 + random.nextInt(20);
        for (int k = 0; k < n; k++) {
            int kind = random.nextInt(5);
            int id = i * 100 + k;
            items.add(switch (kind) {
                case 0 -> valid(id, random.nextBoolean() ? hostile() : "Пакет " + id);
                case 1 -> hostileField(id);
                case 2 -> wrongType(id);
                case 3 -> Json.createValue(hostile());
                default -> random.nextBoolean() ? JsonValue.NULL : Json.createArrayBuilder().build();
            });
        }
        String body = random.nextInt(4) == 0 ? Json.createObjectBuilder().add("messages", items).build().toString()
                : items.build().toString();
        return new Hostile("batch", n + " mixed items", true, post("/batch", body));
    }

    /** Reads (which must never write): ids and list parameters out of range or hostile. */
    private Hostile reading(int i) {
        String[] paths = {"/abc", "/-1", "/0", "/99999999999999999999", "/1%27%20OR%201=1", "/%00", "/..%2F..%2Fetc",
                "?limit=abc", "?limit=-5", "?limit=1000000", "?offset=-1", "?sort=password_hash", "?sort=due;DROP%20TABLE%20message",
                "?status=LOST", "?kind=%27", "?q=%27%20OR%201=1%20--", "?q=" + "%D0%96".repeat(3000), "?open=maybe",
                "?overdue=1&dueToday=yes", "?sort=-,-,-", "?offset=2147483648"};
        String path = paths[random.nextInt(paths.length)];
        return new Hostile("read", path.length() > 40 ? path.substring(0, 40) : path, false,
                base(path).header("Authorization", "Bearer " + token).GET().build());
    }

    private Hostile wrongMethodOrPath(int i) {
        return switch (random.nextInt(5)) {
            case 0 -> new Hostile("method", "PUT", false, base("").header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(valid(i, "x").toString())).build());
            case 1 -> new Hostile("method", "DELETE", false, base("/1").header("Authorization", "Bearer " + token).DELETE().build());
            case 2 -> new Hostile("method", "GET batch", false, base("/batch").header("Authorization", "Bearer " + token).GET().build());
            case 3 -> new Hostile("path", "unknown", false, HttpRequest.newBuilder(URI.create(Server.url("/api/v1/nothing/" + i)))
                    .header("Authorization", "Bearer " + token).GET().build());
            default -> new Hostile("method", "PATCH", false, base("/1").header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).build());
        };
    }

    private Hostile single(String kind, String body) {
        return new Hostile(kind, body.length() > 60 ? body.substring(0, 60) + "…" : body, false, post("", body));
    }

    private Hostile bytes(String kind, String what, byte[] body) {
        return new Hostile(kind, what, false, base("").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest post(String path, String body) {
        return base(path).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest.Builder base(String path) {
        return HttpRequest.newBuilder(URI.create(API + path)).timeout(Duration.ofSeconds(60));
    }

    // ------------------------------------------------------------------ the checks

    /** Null when the answer is a 2xx, or a 4xx whose body is a JSON error naming its status; else what is wrong. */
    private static String check(HttpResponse<String> r) {
        int status = r.statusCode();
        if (status >= 200 && status < 300) {
            return null;
        }
        if (status < 400 || status >= 500) {
            return "status " + status + ": " + abbreviated(r.body());
        }
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return "status " + status + " with Content-Type " + r.headers().firstValue("Content-Type").orElse("none")
                    + ": " + abbreviated(r.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            JsonObject error = reader.readObject();
            if (error.getInt("status") != status || error.getString("code").isBlank()) {
                return "error body does not match its status " + status + ": " + abbreviated(r.body());
            }
            String message = error.getString("message", "");
            if (message.contains("Exception") || message.contains("at ru.") || message.contains("SQL")) {
                return "error message shows internals: " + abbreviated(message);
            }
        } catch (RuntimeException e) {
            return "status " + status + " with a body that is not a JSON error: " + abbreviated(r.body());
        }
        return null;
    }

    /** How many messages the answer says it created. */
    private static long created(Hostile h, HttpResponse<String> r) {
        if (h.batch() && r.statusCode() == 200) {
            try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
                return reader.readObject().getInt("created");
            }
        }
        return !h.batch() && r.statusCode() == 201 ? 1 : 0;
    }

    private static String abbreviated(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static long rows(String table) throws Exception {
        DataSource ds = (DataSource) new InitialContext().lookup("java:jboss/datasources/OtklikDS");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
