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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

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
        java.util.List<String> bodies = new java.util.ArrayList<>();
        java.util.List<String> ids = new java.util.ArrayList<>();
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
        java.util.Collections.shuffle(bodies, new java.util.Random(4));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        for (String body : bodies) {
            answers.add(pool.submit(() -> {
                start.await();
                return post("", token, "application/json", body);
            }));
        }
        start.countDown();
        java.util.Map<String, java.util.List<HttpResponse<String>>> byExternalId = new java.util.HashMap<>();
        java.util.Set<Long> withoutExternalId = new java.util.HashSet<>();
        int refused = 0;
        for (java.util.concurrent.Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            if (r.statusCode() == 400) {
                assertError(r, 400, "network");
                refused++;
            } else if (json(r).containsKey("externalId")) {
                byExternalId.computeIfAbsent(json(r).getString("externalId"), k -> new java.util.ArrayList<>()).add(r);
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
        post("", token, "application/json", message(known, "vk", "Уже известное"));
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
        assertThat(items.getJsonObject(2).getJsonArray("errors").getJsonObject(0).getString("parameter")).isEqualTo("network");
        assertThat(items.getJsonObject(4).getJsonArray("errors").getJsonObject(0).getString("parameter")).isEqualTo("detectedAt");
        assertThat(count()).isEqualTo(before + 1);
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
        assertThat(first.getJsonArray("items").getJsonObject(0).getJsonObject("message").getString("source"))
                .startsWith("Инцидент Менеджмент");
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
        java.util.function.BiFunction<String, String, String> item = (id, kind) -> Json.createObjectBuilder()
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
        long two = items.getJsonObject(0).getJsonObject("message").getJsonNumber("id").longValue();
        long three = items.getJsonObject(1).getJsonObject("message").getJsonNumber("id").longValue();
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
