package ru.otklik.security;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.message.boundary.ApiTokens;
import ru.otklik.message.boundary.MessageFilter;
import ru.otklik.message.boundary.Messages;
import ru.otklik.moderation.boundary.CommentFilter;
import ru.otklik.moderation.boundary.Moderation;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.report.boundary.Reports;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.entity.Role;
import ru.otklik.socialaccount.boundary.AccountDraft;
import ru.otklik.socialaccount.boundary.Accounts;
import ru.otklik.socialaccount.entity.AccountStatus;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.SecondOrganisation;
import ru.otklik.testing.Server;
import ru.otklik.testing.Team;
import ru.otklik.testing.Unique;
import ru.otklik.worktime.boundary.WorkingCalendars;
import ru.otklik.worktime.entity.DayKind;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, the REST API side of {@link TwoOrganisationsIT}: organisation A and organisation B
 * ({@link SecondOrganisation}) each with their own bearer token and staff; every resource under
 * {@code /api/v1} called over HTTP with B's token or B's staff's HTTP Basic login must not read or
 * write A's data: A's message by id is 404, B's list and its total hold only B's messages, the
 * same external id in B makes B's own message (never answers A's), a comment into A's account is
 * refused, B's report counts only B's messages and carries B's name, B's calendar is B's own.
 */
@ExtendWith(ArquillianExtension.class)
class TwoOrganisationsApiIT {

    /** RoleMatrix rows this class probes through HTTP (their boundary methods have no staff caller). */
    static final Set<String> PROBED_THROUGH_HTTP = Set.of("MessagesResource.post", "MessagesResource.batch",
            "MessagesResource.list", "MessagesResource.get", "MessageIntake.countUpTo", "MessageIntake.find",
            "MessageIntake.known", "MessageIntake.page", "MessageIntake.register", "MessageIntake.registerBatch",
            "CommentsResource.post", "CommentsResource.batch", "CommentIntake.register", "CommentIntake.registerBatch",
            "CommentIntake.known", "ApiTokens.authenticate", "ApiTokens.recordUse", "ReportsResource.report",
            "ReportsResource.pdf", "ReportsResource.xlsx", "CalendarResource.year", "CalendarResource.preview",
            "CalendarResource.apply", "DeadlinesResource.deadline");

    private static final String API = Server.url("/api/v1/");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(TwoOrganisationsApiIT.class, SecondOrganisation.class, SecondOrganisation.Org.class);
    }

    @EJB SecondOrganisation second;
    @EJB ApiTokens tokens;
    @EJB Messages messages;
    @EJB Moderation moderation;
    @EJB Accounts accounts;
    @EJB Organisations organisations;
    @EJB WorkingCalendars calendars;
    @EJB Staff staff;
    @EJB Reports reports;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eachOrganisationsTokenReachesOnlyItsOwnMessages() throws Exception {
        SecondOrganisation.Org b = second.ensure();
        String aToken = As.admin(() -> tokens.create("Мониторинг А " + Unique.login("t")).text());
        String bToken = b.member(Role.ADMIN).call(() -> tokens.create("Мониторинг Б " + Unique.login("t")).text());
        String source = "Инцидент Менеджмент";
        String externalId = Unique.login("ext");

        HttpResponse<String> aCreated = send("POST", "messages", bearer(aToken), message(source, externalId, "Яма у школы А"));
        assertThat(aCreated.statusCode()).as(aCreated.body()).isEqualTo(201);
        long aId = json(aCreated).getJsonNumber("id").longValue();

        // by id: A's message is unknown to B's token, and B's to A's
        assertThat(send("GET", "messages/" + aId, bearer(bToken), null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "messages/" + aId, bearer(aToken), null).statusCode()).isEqualTo(200);

        // by external id: the same (source, externalId) in B is B's own new message, not A's
        HttpResponse<String> bCreated = send("POST", "messages", bearer(bToken), message(source, externalId, "Яма у школы Б"));
        assertThat(bCreated.statusCode()).as(bCreated.body()).isEqualTo(201);
        long bId = json(bCreated).getJsonNumber("id").longValue();
        assertThat(bId).isNotEqualTo(aId);
        assertThat(send("GET", "messages/" + bId, bearer(aToken), null).statusCode()).isEqualTo(404);
        HttpResponse<String> again = send("POST", "messages", bearer(bToken), message(source, externalId, "ещё раз"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).getJsonNumber("id").longValue()).isEqualTo(bId);

        // a batch: A's external id is new in B, once
        String other = Unique.login("ext");
        long aOther = json(send("POST", "messages", bearer(aToken), message(source, other, "Ещё одно в А")))
                .getJsonNumber("id").longValue();
        HttpResponse<String> batch = send("POST", "messages/batch", bearer(bToken),
                "[" + message(source, other, "Ещё одно в Б") + "]");
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
        JsonObject item = json(batch).getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("result")).isEqualTo("created");
        assertThat(item.getJsonNumber("id").longValue()).isNotIn(aId, aOther);

        // the list: B's total is B's count, no item is A's, A's text finds nothing
        long bCount = b.member(Role.CURATOR).call(() -> messages.count(MessageFilter.all()));
        JsonObject list = json(send("GET", "messages?limit=500", bearer(bToken), null));
        assertThat(list.getJsonNumber("total").longValue()).isEqualTo(bCount);
        assertThat(list.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
                .doesNotContain(aId).contains(bId);
        assertThat(json(send("GET", "messages?q=" + enc("Яма у школы А"), bearer(bToken), null))
                .getJsonNumber("total").longValue()).isZero();
        assertThat(json(send("GET", "messages?q=" + enc("Яма у школы А"), bearer(aToken), null))
                .getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void bsTokenCannotPutCommentsIntoAsAccounts() throws Exception {
        SecondOrganisation.Org b = second.ensure();
        String aToken = As.admin(() -> tokens.create("Модерация А " + Unique.login("t")).text());
        String bToken = b.member(Role.ADMIN).call(() -> tokens.create("Модерация Б " + Unique.login("t")).text());
        Team.Member aSmm = Team.member(staff, "a-smm", "Редактор А", Role.SMM_EDITOR);
        long aAccount = aSmm.call(() -> accounts.save(draft(vk(), "Страница А",
                aSmm.id())).getId());
        long bAccount = b.member(Role.ADMIN).call(() -> accounts.save(draft(vk(),
                "Страница Б " + Unique.login("p"), null)).getId());
        long aComments = As.admin(() -> moderation.count(CommentFilter.all()));
        long bComments = b.member(Role.MODERATOR).call(() -> moderation.count(CommentFilter.all()));
        String externalId = Unique.login("c");

        HttpResponse<String> aCreated = send("POST", "comments", bearer(aToken), comment(aAccount, externalId, "в А"));
        assertThat(aCreated.statusCode()).as(aCreated.body()).isEqualTo(201);
        HttpResponse<String> intoA = send("POST", "comments", bearer(bToken), comment(aAccount, externalId, "из Б в А"));
        assertThat(intoA.statusCode()).as(intoA.body()).isEqualTo(400);
        assertThat(json(intoA).getString("parameter")).isEqualTo("account");
        HttpResponse<String> newIntoA = send("POST", "comments", bearer(bToken),
                comment(aAccount, Unique.login("c"), "из Б в А"));
        assertThat(newIntoA.statusCode()).isEqualTo(400);
        HttpResponse<String> batch = send("POST", "comments/batch", bearer(bToken),
                "[" + comment(aAccount, Unique.login("c"), "пакет из Б в А") + "]");
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
        assertThat(json(batch).getJsonArray("items").getJsonObject(0).getString("result")).isEqualTo("invalid");
        // the same external id in B's own account is B's own comment
        HttpResponse<String> own = send("POST", "comments", bearer(bToken), comment(bAccount, externalId, "в Б"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);

        assertThat(As.admin(() -> moderation.count(CommentFilter.all()))).isEqualTo(aComments + 1);
        assertThat(b.member(Role.MODERATOR).call(() -> moderation.count(CommentFilter.all()))).isEqualTo(bComments + 1);
    }

    @Test
    void reportsAndCalendarsOverHttpAreTheCallersOrganisations() throws Exception {
        SecondOrganisation.Org b = second.ensure();
        LocalDate today = LocalDate.now(SecondOrganisation.ZONE);
        String period = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        Team.Member bCurator = b.member(Role.CURATOR);
        String aName = As.admin(() -> organisations.current().getName());

        HttpResponse<String> report = send("GET", "reports?" + period, basic(bCurator), null);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonObject r = json(report);
        assertThat(r.getString("organisation")).isEqualTo(SecondOrganisation.NAME);
        // exactly what B's own report counts, and A's report counts what A's does: never the sum
        assertThat(r.getJsonNumber("total").longValue()).isEqualTo(bCurator.call(() -> reports.build(today.minusDays(1),
                today.plusDays(1), Locale.ROOT).results().total()));
        // and a message A gets now does not move it
        Team.Member aCurator = Team.member(staff, "a-cur", "Куратор А", Role.CURATOR);
        long aBefore = aCurator.call(() -> reports.build(today.minusDays(1), today.plusDays(1), Locale.ROOT).results().total());
        String aToken = As.admin(() -> tokens.create("Отчёт А " + Unique.login("t")).text());
        assertThat(send("POST", "messages", bearer(aToken), message("Инцидент Менеджмент", Unique.login("ext"),
                "Для отчёта А")).statusCode()).isEqualTo(201);
        assertThat(aCurator.call(() -> reports.build(today.minusDays(1), today.plusDays(1), Locale.ROOT).results()
                .total())).isEqualTo(aBefore + 1);
        assertThat(json(send("GET", "reports?" + period, basic(bCurator), null)).getJsonNumber("total").longValue())
                .isEqualTo(r.getJsonNumber("total").longValue());
        assertThat(report.body()).doesNotContain(aName);
        for (String file : new String[] {"reports/xlsx?", "reports/pdf?"}) {
            HttpResponse<byte[]> f = http.send(request("GET", file + period, basic(b.member(Role.HEAD)), null),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(f.statusCode()).isEqualTo(200);
        }

        // the calendar: B's administrator reads and changes B's, A's stays as it was
        Team.Member bAdmin = b.member(Role.ADMIN);
        LocalDate day = LocalDate.of(2026, 12, 17);
        DayKind before = bAdmin.call(() -> calendars.year(2026).year().kindOf(day));
        DayKind aDay = As.admin(() -> calendars.year(2026).year().kindOf(day));
        try {
            bAdmin.call(() -> {
                calendars.changeDay(day, DayKind.DAY_OFF, "Праздник поселения Б");
                return null;
            });
            HttpResponse<String> bYear = send("GET", "calendar/2026", basic(bAdmin), null);
            assertThat(bYear.statusCode()).isEqualTo(200);
            assertThat(bYear.body()).contains("Праздник поселения Б");
            HttpResponse<String> garbage = send("PUT", "calendar/2026", basic(bAdmin), "<calendar/>", "application/xml");
            assertThat(garbage.statusCode()).isBetween(400, 499);
            HttpResponse<String> preview = send("POST", "calendar/2026/preview", basic(bAdmin), "<calendar/>",
                    "application/xml");
            assertThat(preview.statusCode()).isBetween(400, 499);
            assertThat(As.admin(() -> calendars.year(2026).year().kindOf(day))).isEqualTo(aDay);
            assertThat(As.admin(() -> calendars.year(2026).year().days().get(day)))
                    .satisfiesAnyOf(d -> assertThat(d).isNull(),
                            d -> assertThat(String.valueOf(d.holiday())).doesNotContain("поселения Б"));
        } finally {
            bAdmin.call(() -> {
                calendars.changeDay(day, before, null);
                return null;
            });
        }

        // the public deadline calculator: the organisation named, else the installation's first
        String from = "kind=INCIDENT&from=" + enc("2026-12-15T09:00:00+03:00");
        HttpResponse<String> forB = send("GET", "deadlines?" + from + "&org=" + b.id(), null, null);
        assertThat(forB.statusCode()).as(forB.body()).isEqualTo(200);
        assertThat(json(forB).getString("timeZone")).isEqualTo(SecondOrganisation.ZONE.getId());
        HttpResponse<String> unnamed = send("GET", "deadlines?" + from, null, null);
        assertThat(unnamed.statusCode()).as(unnamed.body()).isEqualTo(200);
        assertThat(json(unnamed).getString("timeZone"))
                .isEqualTo(As.admin(() -> organisations.current().getZone().getId()));
    }

    // ------------------------------------------------------------------ helpers

    private long vk() {
        return accounts.networks().stream().filter(n -> n.getCode().equals("vk")).findFirst().orElseThrow().getId();
    }

    private static AccountDraft draft(long network, String name, Long responsible) {
        AccountDraft d = new AccountDraft();
        d.setNetworkId(network);
        d.setName(name + " " + Unique.login("a"));
        d.setStatus(AccountStatus.ACTIVE);
        d.setResponsibleIds(responsible == null ? Set.of() : Set.of(responsible));
        return d;
    }

    private static String message(String source, String externalId, String text) {
        return Json.createObjectBuilder().add("source", source).add("externalId", externalId)
                .add("network", "vk").add("kind", "INCIDENT")
                .add("detectedAt", OffsetDateTime.now(ZoneOffset.ofHours(3)).minusMinutes(3).toString())
                .add("url", "https://vk.com/wall-1_" + externalId)
                .add("author", Json.createObjectBuilder().add("name", "Иван"))
                .add("text", text).build().toString();
    }

    private static String comment(long account, String externalId, String text) {
        return Json.createObjectBuilder().add("account", account).add("network", "vk").add("externalId", externalId)
                .add("author", Json.createObjectBuilder().add("id", 4242).add("name", "Житель"))
                .add("text", text).add("postedAt", OffsetDateTime.now(ZoneOffset.ofHours(3)).minusMinutes(2).toString())
                .build().toString();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String basic(Team.Member who) {
        return "Basic " + Base64.getEncoder().encodeToString((who.login() + ":" + who.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        return send(method, path, authorization, body, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body, String type)
            throws Exception {
        return http.send(request(method, path, authorization, body == null ? null : new String[] {body, type}),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String method, String path, String authorization, String[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", body[1]).method(method, HttpRequest.BodyPublishers.ofString(body[0]));
        }
        return b.build();
    }

    private static JsonObject json(HttpResponse<String> r) {
        JsonValue v = Json.createReader(new StringReader(r.body())).readValue();
        return v.asJsonObject();
    }
}
