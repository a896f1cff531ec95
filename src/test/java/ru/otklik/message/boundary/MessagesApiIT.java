package ru.otklik.message.boundary;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.message.entity.ApiToken;
import ru.otklik.security.boundary.Staff;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.Unique;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake API as monitoring software meets it: valid, repeated (idempotent), batch, and every
 * kind of bad request answered with a clear 4xx and nothing written. Runs inside the server to
 * create the token through the boundary, and talks HTTP to the server itself.
 */
@ExtendWith(ArquillianExtension.class)
class MessagesApiIT {

    private static final String API = ru.otklik.testing.Server.url("/api/v1/messages");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(MessagesApiIT.class);
    }

    @EJB
    ApiTokens tokens;

    @EJB
    Messages messages;

    @EJB
    Staff staff;

    @EJB
    ru.otklik.notify.boundary.Notifications notifications;

    private static Team team;
    private static String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() throws Exception {
        if (token == null) {
            team = Team.create(staff);
            token = As.admin(() -> tokens.create("Инцидент Менеджмент " + Unique.login("t"))).text();
        }
    }

    private static String message(String externalId, String network, String text) {
        return Json.createObjectBuilder().add("source", "Инцидент Менеджмент").add("externalId", externalId)
                .add("network", network).add("kind", "INCIDENT")
                .add("detectedAt", OffsetDateTime.now(ZoneOffset.ofHours(3)).minusMinutes(3).toString())
                .add("url", "https://vk.com/wall-1_" + externalId)
                .add("author", Json.createObjectBuilder().add("name", "Иван").add("url", "https://vk.com/id1"))
                .add("text", text).build().toString();
    }

    private long count() throws Exception {
        return team.curator().call(() -> messages.count(MessageFilter.all()));
    }

    @Test
    void aValidMessageIsCreatedWithItsDeadlineAndARepeatCreatesNothing() throws Exception {
        String id = Unique.login("ext");
        long before = count();
        HttpResponse<String> first = post("", token, "application/json", message(id, "vk", "Яма на дороге"));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).get().asString().contains("/api/v1/messages/");
        JsonObject created = json(first);
        assertThat(created.getString("status")).isEqualTo("REGISTERED");
        assertThat(OffsetDateTime.parse(created.getString("dueAt")).toInstant()).isAfter(Instant.now());
        assertThat(created.getString("dueAt")).endsWith("+03:00");

        HttpResponse<String> again = post("", token, "application/json", message(id, "vk", "Яма на дороге"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).getJsonNumber("id").longValue()).isEqualTo(created.getJsonNumber("id").longValue());
        assertThat(json(again).getBoolean("created")).isFalse();
        assertThat(count()).isEqualTo(before + 1);

        HttpResponse<String> read = get("/" + created.getJsonNumber("id").longValue(), token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).getString("network")).isEqualTo("vk");
        assertThat(get("/999999999", token).statusCode()).isEqualTo(404);
    }

    /**
     * Single requests arriving together are registered in shared transactions (SingleRequests):
     * each must still be answered as if it had come alone.
     */
    @Test
    void singleRequestsSentAtOnceAreEachAnsweredAsIfAlone() throws Exception {
        long before = count();
        List<String> bodies = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = Unique.login("g");
            ids.add(id);
            bodies.add(message(id, "vk", "Одновременно " + i));
            bodies.add(message(id, "vk", "Одновременно " + i)); // the same message twice, at the same moment
        }
        for (int i = 0; i < 5; i++) {
            bodies.add(message(Unique.login("bad"), "orkut", "Неизвестная сеть " + i));
            bodies.add(Json.createObjectBuilder().add("network", "vk").add("kind", "PUBLICATION")
                    .add("detectedAt", OffsetDateTime.now(ZoneOffset.ofHours(3)).minusMinutes(1).toString())
                    .add("text", "Без внешнего номера " + i).build().toString());
        }
        Collections.shuffle(bodies, new Random(4));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String body : bodies) {
            answers.add(pool.submit(() -> {
                start.await();
                return post("", token, "application/json", body);
            }));
        }
        start.countDown();
        Map<String, List<HttpResponse<String>>> byExternalId = new HashMap<>();
        Set<Long> withoutExternalId = new HashSet<>();
        int refused = 0;
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
            if (r.statusCode() == 400) {
                assertError(r, 400, "network");
                refused++;
            } else if (json(r).containsKey("externalId")) {
                byExternalId.computeIfAbsent(json(r).getString("externalId"), k -> new ArrayList<>()).add(r);
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                withoutExternalId.add(json(r).getJsonNumber("id").longValue());
            }
        }
        pool.shutdown();

        assertThat(refused).isEqualTo(5);
        assertThat(withoutExternalId).hasSize(5);
        assertThat(byExternalId.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        byExternalId.forEach((id, twice) -> {
            assertThat(twice).extracting(HttpResponse::statusCode).as(id).containsExactlyInAnyOrder(201, 200);
            assertThat(twice).extracting(r -> json(r).getJsonNumber("id").longValue()).as(id)
                    .hasSize(2).containsOnly(json(twice.get(0)).getJsonNumber("id").longValue());
        });
        assertThat(count()).isEqualTo(before + 35);
    }

    @Test
    void aBatchReportsEveryItem() throws Exception {
        String known = Unique.login("known");
        long knownId = json(post("", token, "application/json", message(known, "vk", "Уже известное")))
                .getJsonNumber("id").longValue();
        long before = count();
        String body = "[" + message(Unique.login("b1"), "ok", "Новое") + "," + message(known, "vk", "Уже известное") + ","
                + message(Unique.login("b3"), "myspace", "Неизвестная сеть") + ",42,"
                + "{\"network\":\"vk\",\"kind\":\"INCIDENT\",\"text\":\"без даты\"}]";
        HttpResponse<String> r = post("/batch", token, "application/json", body);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject json = json(r);
        assertThat(json.getInt("created")).isEqualTo(1);
        assertThat(json.getInt("existing")).isEqualTo(1);
        assertThat(json.getInt("invalid")).isEqualTo(3);
        JsonArray items = json.getJsonArray("items");
        // a created or known item is reported with what the monitoring software files: id, status, due time
        JsonObject created = items.getJsonObject(0);
        assertThat(created.getString("result")).isEqualTo("created");
        assertThat(created.getString("status")).isEqualTo("REGISTERED");
        assertThat(OffsetDateTime.parse(created.getString("dueAt"))).isAfter(OffsetDateTime.now().minusMinutes(1));
        long createdId = created.getJsonNumber("id").longValue();
        assertThat(team.curator().call(() -> messages.details(createdId)).message().getText()).isEqualTo("Новое");
        assertThat(items.getJsonObject(1).getString("result")).isEqualTo("existing");
        assertThat(items.getJsonObject(1).getJsonNumber("id").longValue()).isEqualTo(knownId);
        assertThat(items.getJsonObject(2).getJsonArray("errors").getJsonObject(0).getString("parameter")).isEqualTo("network");
        assertThat(items.getJsonObject(4).getJsonArray("errors").getJsonObject(0).getString("parameter")).isEqualTo("detectedAt");
        assertThat(count()).isEqualTo(before + 1);
    }

    /**
     * A batch is written with multi-row INSERTs (MessageRows): 200 texts of nearly 64 KB, all of them
     * quotes an SQL text must escape (twice their size once escaped, 25 MB in all, over the
     * database's max_allowed_packet of 16 MB), are cut into statements the database accepts, and
     * every one is stored as sent. (Quotes, not backslashes: JSON leaves them alone, so the body
     * stays at 13 MB in the heap this test shares with the server.)
     */
    @Test
    void aBatchOfLargeTextsIsStoredWhole() throws Exception {
        String text = "'".repeat(64_000);
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isBetween(60_000, 65_536 - 10);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(message(Unique.login("large" + i), "vk", i + ": " + text));
        }
        long before = count();
        HttpResponse<String> r = post("/batch", token, "application/json", "[" + String.join(",", items) + "]");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject json = json(r);
        assertThat(json.getInt("created")).isEqualTo(200);
        assertThat(count()).isEqualTo(before + 200);
        for (int i : new int[] {0, 117, 199}) {
            long id = json.getJsonArray("items").getJsonObject(i).getJsonNumber("id").longValue();
            assertThat(team.curator().call(() -> messages.details(id)).message().getText()).isEqualTo(i + ": " + text);
        }
    }

    /** An item without a source is registered under the token's name, and found again under it by the next batch. */
    @Test
    void aBatchItemWithoutSourceIsKnownByTheTokensNameTheSecondTime() throws Exception {
        String id = Unique.login("nosrc");
        String item = Json.createObjectBuilder().add("externalId", id).add("network", "vk").add("kind", "INCIDENT")
                .add("detectedAt", OffsetDateTime.now(ZoneOffset.ofHours(3)).minusMinutes(1).toString())
                .add("text", "Без источника").build().toString();
        JsonObject first = json(post("/batch", token, "application/json", "[" + item + "]"));
        assertThat(first.getInt("created")).isEqualTo(1);
        long id0 = first.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(json(get("/" + id0, token)).getString("source")).startsWith("Инцидент Менеджмент");
        long before = count();
        JsonObject second = json(post("/batch", token, "application/json", "[" + item + "," + item + "]"));
        assertThat(second.getInt("existing")).isEqualTo(2);
        assertThat(second.getInt("created")).isZero();
        assertThat(count()).isEqualTo(before);
    }

    /**
     * A batch's new messages are written by JDBC (MessageRows), a single one by Hibernate: the rows
     * must be the same, field by field, or the grid, the deadlines and the sweep would treat them
     * differently. A high-importance item must still reach the head and the curator (R1.14).
     */
    @Test
    void aBatchWritesTheSameRowsAsASingleRegistration() throws Exception {
        String single = Unique.login("same1");
        String batched = Unique.login("same2");
        String high = Unique.login("same3");
        String detected = OffsetDateTime.now(ZoneOffset.ofHours(3)).minusMinutes(7).withNano(0).toString();
        BiFunction<String, String, String> item = (id, kind) -> Json.createObjectBuilder()
                .add("source", "Инцидент Менеджмент").add("externalId", id).add("network", "telegram")
                .add("kind", kind).add("topic", "roads").add("detectedAt", detected)
                .add("url", "https://t.me/city/" + id)
                .add("author", Json.createObjectBuilder().add("name", "Пётр").add("url", "https://t.me/petr"))
                .add("text", "Светофор на перекрёстке не работает").build().toString();
        long one = json(post("", token, "application/json", item.apply(single, "INCIDENT"))).getJsonNumber("id").longValue();
        HttpResponse<String> r = post("/batch", token, "application/json",
                "[" + item.apply(batched, "INCIDENT") + "," + item.apply(high, "HIGH_IMPORTANCE") + "]");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonArray items = json(r).getJsonArray("items");
        long two = items.getJsonObject(0).getJsonNumber("id").longValue();
        long three = items.getJsonObject(1).getJsonNumber("id").longValue();
        assertThat(Set.of(one, two, three)).hasSize(3);

        // and as the registration form writes it (em.persist, not SingleRequests' and batches' MessageRows)
        NewMessage form = new NewMessage();
        form.setSource("Инцидент Менеджмент");
        form.setExternalId(Unique.login("same4"));
        form.setNetwork("telegram");
        form.setKind(ru.otklik.message.entity.MessageKind.INCIDENT);
        form.setTopic("roads");
        form.setDetectedAt(OffsetDateTime.parse(detected).toInstant());
        form.setUrl("https://t.me/city/" + form.getExternalId());
        form.setAuthorName("Пётр");
        form.setAuthorUrl("https://t.me/petr");
        form.setText("Светофор на перекрёстке не работает");
        long four = team.curator().call(() -> messages.register(form)).message().getId();

        MessageDetails a = team.curator().call(() -> messages.details(one));
        MessageDetails b = team.curator().call(() -> messages.details(two));
        MessageDetails persisted = team.curator().call(() -> messages.details(four));
        for (MessageDetails other : List.of(b, persisted)) {
            for (java.lang.reflect.Field f : ru.otklik.message.entity.Message.class.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())
                        || Set.of("id", "externalId", "url", "urlKey", "registeredAt").contains(f.getName())) {
                    continue;
                }
                f.setAccessible(true);
                Object x = f.get(a.message());
                Object y = f.get(other.message());
                if (x instanceof ru.otklik.message.entity.Network n) {
                    x = n.getId();
                    y = ((ru.otklik.message.entity.Network) y).getId();
                } else if (x instanceof ru.otklik.message.entity.Topic t) {
                    x = t.getId();
                    y = ((ru.otklik.message.entity.Topic) y).getId();
                }
                assertThat(y).as(f.getName() + " of " + other.message().getId()).isEqualTo(x);
            }
        }
        assertThat(b.message().getUrlKey()).isNotNull().isNotEqualTo(a.message().getUrlKey());
        assertThat(b.message().getRegisteredAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
                java.time.Duration.ofMinutes(2)));
        assertThat(b.message().getAlarmAt()).isNotNull();
        assertThat(b.timeline()).singleElement().satisfies(e -> {
            assertThat(e.getType()).isEqualTo(a.timeline().get(0).getType());
            assertThat(e.getActor()).isEqualTo(a.timeline().get(0).getActor());
            assertThat(e.getDetails()).isEqualTo("Инцидент Менеджмент #" + batched);
        });
        // found as the list and the repeat see it
        assertThat(json(post("", token, "application/json", item.apply(batched, "INCIDENT"))).getBoolean("created"))
                .isFalse();
        assertThat(team.head().call(() -> notifications.page(false, 0, 500)))
                .anySatisfy(n -> assertThat(n.getMessageId()).isEqualTo(three));
    }

    @Test
    void badRequestsAreAnsweredWithA4xxNamingTheFieldAndNothingIsWritten() throws Exception {
        long before = count();
        assertError(post("", token, "application/json", "{\"kind\": \"INCIDENT\", "), 400, "body");
        assertError(post("", token, "application/json", "[1,2]"), 400, "body");
        assertError(post("", token, "application/json", "{\"network\":\"vk\",\"kind\":\"INCIDENT\","
                + "\"detectedAt\":\"2026-11-30T10:00:00+03:00\"}"), 400, "text");
        assertError(post("", token, "application/json", message(Unique.login("x"), "orkut", "x")), 400, "network");
        assertError(post("", token, "application/json", message(Unique.login("x"), "vk", "ы".repeat(33_000))), 400, "text");
        assertError(post("", token, "application/json", message(Unique.login("x"), "vk", "x")
                .replaceFirst("\"detectedAt\":\"[^\"]+\"", "\"detectedAt\":\"30.11.2026 10:00\"")), 400, "detectedAt");
        assertError(post("", token, "application/json", message(Unique.login("x"), "vk", "x")
                .replace("\"kind\":\"INCIDENT\"", "\"kind\":5")), 400, "kind");
        assertError(post("", token, "application/json", message(Unique.login("x"), "vk", "x")
                .replace("\"kind\":\"INCIDENT\"", "\"kind\":\"RUMOUR\"")), 400, "kind");
        assertError(post("", token, "application/json", message(Unique.login("x"), "vk", "x")
                .replace("\"network\":\"vk\"", "\"network\":[\"vk\"]")), 400, "network");
        assertThat(post("", token, "application/json", "{\"text\":\"" + "x".repeat(1_100_000) + "\"}").statusCode())
                .isEqualTo(413);
        // a batch a little over the 32 MB the API accepts is refused by the application, with its limit
        // named, not broken off by the web server at its own 10 MB (wildfly/http.cli: 33 MB; a body over
        // that is cut off by the web server)
        HttpResponse<String> huge = post("/batch", token, "application/json", "[" + message(Unique.login("x"), "vk",
                "x".repeat(60_000)) + ",{\"text\":\"" + "x".repeat(32 * 1024 * 1024 + 512 * 1024) + "\"}]");
        assertThat(huge.statusCode()).as(huge.body()).isEqualTo(413);
        assertThat(huge.body()).contains("larger than", "KB");
        assertThat(post("", token, "text/plain", message(Unique.login("x"), "vk", "x")).statusCode()).isEqualTo(415);
        assertThat(post("", null, "application/json", message(Unique.login("x"), "vk", "x")).statusCode()).isEqualTo(401);
        assertThat(post("", "otk_not-a-real-token", "application/json", message(Unique.login("x"), "vk", "x"))
                .statusCode()).isEqualTo(401);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aRevokedTokenIsRefusedAndTheLastUseIsShown() throws Exception {
        var issued = As.admin(() -> tokens.create("Временный " + Unique.login("t")));
        assertThat(post("", issued.text(), "application/json", message(Unique.login("r"), "vk", "до отзыва"))
                .statusCode()).isEqualTo(201);
        ApiToken listed = As.admin(() -> tokens.list()).stream().filter(t -> t.getId().equals(issued.token().getId()))
                .findFirst().orElseThrow();
        assertThat(listed.getLastUsedAt()).isNotNull();
        As.admin(() -> {
            tokens.revoke(issued.token().getId());
            return null;
        });
        HttpResponse<String> refused = post("", issued.text(), "application/json", message(Unique.login("r"), "vk", "после"));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        assertThat(json(refused).getString("code")).isEqualTo("unauthenticated");
    }

    @Test
    void theListGivesAPageWithTheTotalAndRefusesBadParameters() throws Exception {
        post("", token, "application/json", message(Unique.login("l"), "vk", "Для списка"));
        HttpResponse<String> page = get("?open=true&sort=due,-detected&limit=5", token);
        assertThat(page.statusCode()).isEqualTo(200);
        JsonObject json = json(page);
        assertThat(json.getJsonNumber("total").longValue()).isPositive();
        assertThat(json.getBoolean("totalExact")).isTrue();
        assertThat(json.getJsonArray("items")).hasSizeBetween(1, 5);
        assertThat(json(get("?status=REGISTERED&kind=INCIDENT&q=списка", token)).getJsonArray("items")).isNotEmpty();
        assertError(get("?sort=password", token), 400, "sort");
        assertError(get("?limit=100000", token), 400, "limit");
        assertError(get("?status=LOST", token), 400, "status");
        assertThat(get("?open=true", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ru.otklik.testing.Server.url("/api/v1/openapi.yaml")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("openapi: 3.0.3", "/v1/messages:", "/v1/messages/batch:", "/v1/deadlines:");
    }

    private static void assertError(HttpResponse<String> r, int status, String parameter) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonObject json = json(r);
        assertThat(json.getString("parameter")).as(r.body()).isEqualTo(parameter);
        assertThat(json.getString("message")).doesNotContain("Exception", "at ru.");
    }

    private HttpResponse<String> post(String path, String bearer, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }
}
