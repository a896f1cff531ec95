package ru.otklik.moderation.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.boundary.ApiTokens;
import ru.otklik.moderation.entity.BanReason;
import ru.otklik.moderation.entity.BanTerm;
import ru.otklik.moderation.entity.Blacklisting;
import ru.otklik.moderation.entity.Comment;
import ru.otklik.moderation.entity.CommentState;
import ru.otklik.moderation.entity.DeleteReason;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.entity.Role;
import ru.otklik.socialaccount.entity.OfficialAccount;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.TestAccounts;
import ru.otklik.testing.TestClock;
import ru.otklik.testing.Unique;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R2.9 on the real server: the moderation queue, keep and delete with a reason (the text kept),
 * bulk decisions, optimistic locking, the blacklist with its terms ending by themselves on a
 * stopped clock, bans per account and for all accounts of a network, early removal with a reason,
 * who may decide and ban, bad input refused with nothing written, and the comments REST API.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    /** Monday 07.12.2026 12:00 in Moscow. */
    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ModerationIT.class, TestClock.class, TestClock.Stoppable.class,
                TestAccounts.class);
    }

    @EJB
    Moderation moderation;

    @EJB
    Blacklists blacklists;

    @EJB
    Staff staff;

    @EJB
    Organisations organisations;

    @EJB
    TestAccounts testAccounts;

    @EJB
    ApiTokens tokens;

    private static Team team;
    private static Team.Member moderator;
    private static Team.Member smm;
    private static OfficialAccount vkPage;
    private static OfficialAccount vkGroup;
    private static OfficialAccount okPage;
    private static String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() throws Exception {
        TestClock.stopAt(NOW);
        if (team == null) {
            team = Team.create(staff);
            moderator = Team.member(staff, "mod", "Модератор Мария", Role.MODERATOR);
            smm = Team.member(staff, "smm", "Редактор Сергей", Role.SMM_EDITOR);
            long org = team.curator().call(() -> organisations.current().getId());
            String run = Unique.login("a");
            vkPage = testAccounts.create(org, "vk", "Администрация ВК " + run, smm.id());
            vkGroup = testAccounts.create(org, "vk", "Новости поселения ВК " + run);
            okPage = testAccounts.create(org, "ok", "Администрация ОК " + run);
            token = As.admin(() -> tokens.create("Сборщик комментариев " + run)).text();
        }
    }

    @AfterEach
    void tearDown() {
        TestClock.release();
    }

    private Comment comment(OfficialAccount account, String author, String text) throws Exception {
        NewComment c = new NewComment(account.getId(), author, "Автор " + author, text, NOW.minusSeconds(60));
        return moderator.call(() -> moderation.add(c));
    }

    private static String author() {
        return "id" + Unique.login("u").substring(2); // a fixed length: no id is a prefix of another
    }

    private Comment fresh(long id) throws Exception {
        return moderator.call(() -> moderation.find(id));
    }

    private long count(CommentFilter filter) throws Exception {
        return moderator.call(() -> moderation.count(filter));
    }

    private static String key(Throwable e) {
        return ((RequestRefused) e).key();
    }

    @Test
    void keepAndDeleteWithAReasonKeepTheTextAndWhoAndWhen() throws Exception {
        Comment kept = comment(vkPage, author(), "Спасибо за новую остановку!");
        Comment bad = comment(vkPage, author(), "Купите наши окна недорого, звоните");
        assertThat(kept.getState()).isEqualTo(CommentState.PENDING);

        Comment k = moderator.call(() -> moderation.keep(kept.getId(), kept.getVersion()));
        assertThat(k.getState()).isEqualTo(CommentState.KEPT);
        assertThat(k.getDecidedBy()).isEqualTo(moderator.login());
        assertThat(k.getDecidedAt()).isEqualTo(NOW);

        Comment d = team.curator().call(() -> moderation.delete(bad.getId(), bad.getVersion(), DeleteReason.SPAM,
                "реклама"));
        assertThat(d.getState()).isEqualTo(CommentState.DELETED);
        Comment read = fresh(bad.getId());
        assertThat(read.getText()).isEqualTo("Купите наши окна недорого, звоните");
        assertThat(read.getDeleteReason()).isEqualTo(DeleteReason.SPAM);
        assertThat(read.getDecisionNote()).isEqualTo("реклама");
        assertThat(read.getDecidedBy()).isEqualTo(team.curator().login());

        // the one who saw the old version is told, not silently overwritten
        assertThatThrownBy(() -> moderator.call(() -> moderation.delete(kept.getId(), kept.getVersion(),
                DeleteReason.OFF_TOPIC, null))).isInstanceOf(ConcurrentChange.class);
        assertThat(fresh(kept.getId()).getState()).isEqualTo(CommentState.KEPT);
        // a deleted comment stays deleted; a kept one is not kept again
        assertThatThrownBy(() -> moderator.call(() -> moderation.delete(bad.getId(), fresh(bad.getId()).getVersion(),
                DeleteReason.INSULT, null))).isInstanceOf(RequestRefused.class)
                .extracting(ModerationIT::key).isEqualTo("moderation.error.already-deleted");
        assertThatThrownBy(() -> moderator.call(() -> moderation.keep(kept.getId(), fresh(kept.getId()).getVersion())))
                .isInstanceOf(RequestRefused.class);
        // a delete needs a reason
        assertThatThrownBy(() -> moderator.call(() -> moderation.delete(kept.getId(), fresh(kept.getId()).getVersion(),
                null, null))).isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    @Test
    void theQueueFiltersAndCounts() throws Exception {
        String a = author();
        Comment one = comment(vkGroup, a, "Когда починят фонари на Садовой? " + a);
        comment(vkGroup, a, "Ещё раз про фонари " + a);
        moderator.call(() -> moderation.keep(one.getId(), one.getVersion()));
        CommentFilter mine = CommentFilter.all().withAccounts(Set.of(vkGroup.getId())).withText(a);
        assertThat(count(mine)).isEqualTo(2);
        assertThat(count(mine.withStates(Set.of(CommentState.PENDING)))).isEqualTo(1);
        Map<CommentState, Long> counts = moderator.call(() -> moderation.counts(mine));
        assertThat(counts).containsEntry(CommentState.PENDING, 1L).containsEntry(CommentState.KEPT, 1L)
                .containsEntry(CommentState.DELETED, 0L);
        List<Comment> page = moderator.call(() -> moderation.page(mine, 0, 1));
        assertThat(page).singleElement().extracting(Comment::getText).asString().startsWith("Ещё раз");
        assertThat(count(mine.withFlaggedOnly(true))).isZero();
        assertThat(count(new CommentFilter(a, Set.of(vkGroup.getId()), null, false, LocalDate.of(2026, 12, 8), null,
                false))).isZero();
        // the author's exact network id finds their comments
        assertThat(count(CommentFilter.all().withText(a))).isEqualTo(2);
    }

    @Test
    void bulkDecisionsAreAllOrNothing() throws Exception {
        String a = author();
        Comment c1 = comment(okPage, a, "Оскорбление 1");
        Comment c2 = comment(okPage, a, "Оскорбление 2");
        Comment c3 = comment(okPage, a, "Оскорбление 3");
        Map<Long, Long> selection = new LinkedHashMap<>();
        selection.put(c1.getId(), c1.getVersion());
        selection.put(c2.getId(), c2.getVersion());
        selection.put(c3.getId(), c3.getVersion());
        // someone decides c2 meanwhile: the whole selection is refused, nothing changes
        moderator.call(() -> moderation.keep(c2.getId(), c2.getVersion()));
        assertThatThrownBy(() -> moderator.call(() -> moderation.decideAll(selection, DeleteReason.INSULT, null)))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(fresh(c1.getId()).getState()).isEqualTo(CommentState.PENDING);

        selection.put(c2.getId(), fresh(c2.getId()).getVersion());
        int changed = moderator.call(() -> moderation.decideAll(selection, DeleteReason.INSULT, "серия"));
        assertThat(changed).isEqualTo(3);
        for (Comment c : List.of(c1, c2, c3)) {
            Comment r = fresh(c.getId());
            assertThat(r.getState()).isEqualTo(CommentState.DELETED);
            assertThat(r.getDeleteReason()).isEqualTo(DeleteReason.INSULT);
            assertThat(r.getText()).startsWith("Оскорбление");
        }
        Comment c4 = comment(okPage, a, "Нормальный");
        assertThat(moderator.call(() -> moderation.decideAll(Map.of(c4.getId(), c4.getVersion()), null, null)))
                .isEqualTo(1);
        assertThat(fresh(c4.getId()).getState()).isEqualTo(CommentState.KEPT);

        // two deleted comments: a repeat offender
        assertThat(moderator.call(() -> moderation.repeatOffenders(2))).anySatisfy(o -> {
            assertThat(o.authorId()).isEqualTo(a);
            assertThat(o.deletedComments()).isEqualTo(3);
        });
        AuthorHistory history = moderator.call(() -> moderation.history(okPage.getNetwork().getId(), a));
        assertThat(history.comments()).hasSize(4);
        assertThat(history.deleted()).isEqualTo(3);
    }

    @Test
    void aDayBanEndsByItselfAfter25HoursAndAForeverBanNever() throws Exception {
        String shortly = author();
        String forever = author();
        Blacklisting day = moderator.call(() -> blacklists.ban(new BanRequest(vkPage.getId(), null, shortly, "Спамер",
                BanReason.SPAM, BanTerm.DAY)));
        Blacklisting always = moderator.call(() -> blacklists.ban(new BanRequest(vkPage.getId(), null, forever, "Хам",
                BanReason.INSULTING_MEMBERS, BanTerm.FOREVER)));
        assertThat(day.getEndsAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(day.getBannedBy()).isEqualTo(moderator.login());
        assertThat(always.getEndsAt()).isNull();
        // new comments of banned authors are marked in the queue
        assertThat(comment(vkPage, shortly, "Снова реклама").isAuthorBanned()).isTrue();
        assertThat(comment(vkPage, shortly, "Снова реклама").isFlagged()).isTrue();

        TestClock.stopAt(NOW.plus(Duration.ofHours(25)));
        assertThat(blacklists.expireDue()).isGreaterThanOrEqualTo(1);
        Blacklisting ended = moderator.call(() -> blacklists.find(day.getId()));
        assertThat(ended.getExpiredAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(ended.getExpiredBy()).isEqualTo(Blacklisting.SYSTEM);
        assertThat(ended.isRemovedEarly()).isFalse();
        assertThat(moderator.call(() -> blacklists.find(always.getId())).getExpiredAt()).isNull();
        NewComment later = new NewComment(vkPage.getId(), shortly, "Спамер", "Я вернулся", NOW.plus(Duration.ofHours(25)));
        assertThat(moderator.call(() -> moderation.add(later)).isAuthorBanned()).isFalse();

        TestClock.stopAt(NOW.plus(Duration.ofDays(3650)));
        blacklists.expireDue();
        assertThat(moderator.call(() -> blacklists.find(always.getId())).getExpiredAt()).isNull();
        assertThat(moderator.call(() -> blacklists.count(BanFilter.active().withText(forever)))).isEqualTo(1);
        assertThat(moderator.call(() -> blacklists.count(BanFilter.active().withText(shortly)))).isZero();
        assertThat(moderator.call(() -> blacklists.count(BanFilter.everything().withText(shortly)))).isEqualTo(1);
    }

    @Test
    void aBanInOneAccountDoesNotReachAnotherButABanForTheNetworkReachesAllItsAccounts() throws Exception {
        String a = author();
        moderator.call(() -> blacklists.ban(new BanRequest(vkPage.getId(), null, a, "Автор", BanReason.OFF_TOPIC,
                BanTerm.WEEK)));
        assertThat(comment(vkPage, a, "Оффтоп").isAuthorBanned()).isTrue();
        assertThat(comment(vkGroup, a, "В другой группе").isAuthorBanned()).isFalse();
        // the same ban twice is refused; the other account can be added
        assertThatThrownBy(() -> moderator.call(() -> blacklists.ban(new BanRequest(vkPage.getId(), null, a, "Автор",
                BanReason.OFF_TOPIC, BanTerm.DAY)))).isInstanceOf(RequestRefused.class)
                .extracting(ModerationIT::key).isEqualTo("moderation.error.ban.exists");

        String b = author();
        Blacklisting all = moderator.call(() -> blacklists.ban(new BanRequest(null, vkPage.getNetwork().getId(), b,
                "Матерщинник", BanReason.OBSCENE_LANGUAGE, BanTerm.MONTH)));
        assertThat(all.getAccount()).isNull();
        assertThat(all.getEndsAt()).isEqualTo(Instant.parse("2027-01-07T09:00:00Z"));
        assertThat(comment(vkPage, b, "раз").isAuthorBanned()).isTrue();
        assertThat(comment(vkGroup, b, "два").isAuthorBanned()).isTrue();
        assertThat(comment(okPage, b, "в другой сети").isAuthorBanned()).isFalse();
        assertThat(moderator.call(() -> blacklists.activeOf(vkPage.getNetwork().getId(), b))).hasSize(1);
        assertThat(moderator.call(() -> blacklists.count(new BanFilter(b, true, null, vkGroup.getId())))).isEqualTo(1);
    }

    @Test
    void removingABanEarlyNeedsAReason() throws Exception {
        String a = author();
        Blacklisting ban = moderator.call(() -> blacklists.ban(new BanRequest(okPage.getId(), null, a, "Автор",
                BanReason.OTHER, BanTerm.THREE_DAYS)));
        assertThatThrownBy(() -> moderator.call(() -> blacklists.remove(ban.getId(), ban.getVersion(), "  ")))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(moderator.call(() -> blacklists.find(ban.getId())).getExpiredAt()).isNull();
        TestClock.stopAt(NOW.plus(Duration.ofHours(2)));
        Blacklisting removed = team.curator().call(() -> blacklists.remove(ban.getId(), ban.getVersion(),
                "Извинился в личных сообщениях"));
        assertThat(removed.getExpiredAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(removed.getExpiredBy()).isEqualTo(team.curator().login());
        assertThat(removed.getRemovalReason()).isEqualTo("Извинился в личных сообщениях");
        assertThat(removed.isRemovedEarly()).isTrue();
        assertThatThrownBy(() -> moderator.call(() -> blacklists.remove(ban.getId(), removed.getVersion(), "ещё раз")))
                .isInstanceOf(RequestRefused.class).extracting(ModerationIT::key).isEqualTo("moderation.error.ban.not-active");
        assertThat(moderator.call(() -> moderation.history(okPage.getNetwork().getId(), a)).bans()).hasSize(1);
    }

    @Test
    void onlyModeratorsCuratorsAndAdministratorsDecideAndBan() throws Exception {
        Comment c = comment(vkPage, author(), "Вопрос про вывоз мусора");
        BanRequest ban = new BanRequest(vkPage.getId(), null, author(), null, BanReason.SPAM, BanTerm.DAY);
        for (Team.Member outsider : List.of(team.operator(), team.executor(), team.head(), smm)) {
            assertThatThrownBy(() -> outsider.call(() -> moderation.keep(c.getId(), c.getVersion())))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> outsider.call(() -> moderation.delete(c.getId(), c.getVersion(),
                    DeleteReason.SPAM, null))).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> outsider.call(() -> moderation.decideAll(Map.of(c.getId(), c.getVersion()),
                    null, null))).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> outsider.call(() -> blacklists.ban(ban))).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> outsider.call(() -> blacklists.page(BanFilter.active(), 0, 10)))
                    .isInstanceOf(EJBAccessException.class);
        }
        for (Team.Member outsider : List.of(team.operator(), team.executor())) {
            assertThatThrownBy(() -> outsider.call(() -> moderation.count(CommentFilter.all())))
                    .isInstanceOf(EJBAccessException.class);
        }
        // the SMM editor reads the queue of the accounts they are responsible for, and no other
        Comment elsewhere = comment(okPage, author(), "В чужом аккаунте");
        assertThat(smm.call(() -> moderation.accounts())).extracting(OfficialAccount::getId).containsExactly(vkPage.getId());
        assertThat(smm.call(() -> moderation.page(CommentFilter.all(), 0, 500))).extracting(Comment::getId)
                .contains(c.getId()).doesNotContain(elsewhere.getId());
        assertThatThrownBy(() -> smm.call(() -> moderation.find(elsewhere.getId()))).isInstanceOf(RequestRefused.class);
        assertThat(smm.call(() -> moderation.mayDecide())).isFalse();
        assertThat(moderator.call(() -> moderation.mayDecide())).isTrue();
        // the administrator decides too
        assertThat(As.admin(() -> moderation.keep(c.getId(), c.getVersion())).getState()).isEqualTo(CommentState.KEPT);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() throws Exception {
        long before = count(CommentFilter.all());
        String a = author();
        assertThatThrownBy(() -> moderator.call(() -> moderation.add(new NewComment(999_999_999L, a, null, "текст",
                NOW)))).isInstanceOf(RequestRefused.class).extracting(ModerationIT::key)
                .isEqualTo("moderation.error.account.unknown");
        NewComment wrongNetwork = new NewComment(vkPage.getId(), a, null, "текст", NOW);
        wrongNetwork.setNetwork("ok");
        assertThatThrownBy(() -> moderator.call(() -> moderation.add(wrongNetwork))).isInstanceOf(RequestRefused.class)
                .extracting(ModerationIT::key).isEqualTo("moderation.error.network.mismatch");
        wrongNetwork.setNetwork("myspace");
        assertThatThrownBy(() -> moderator.call(() -> moderation.add(wrongNetwork))).isInstanceOf(RequestRefused.class)
                .extracting(ModerationIT::key).isEqualTo("error.network.unknown");
        String huge = "я".repeat(Comment.MAX_TEXT_BYTES / 2 + 1);
        assertThatThrownBy(() -> moderator.call(() -> moderation.add(new NewComment(vkPage.getId(), a, null, huge, NOW))))
                .isInstanceOf(RequestRefused.class).extracting(ModerationIT::key).isEqualTo("moderation.error.text.too-long");
        assertThatThrownBy(() -> moderator.call(() -> moderation.add(new NewComment(vkPage.getId(), a, null, "из будущего",
                NOW.plus(Duration.ofDays(1)))))).isInstanceOf(RequestRefused.class);
        assertThat(count(CommentFilter.all())).isEqualTo(before);

        long bans = moderator.call(() -> blacklists.count(BanFilter.everything()));
        BanRequest past = new BanRequest(vkPage.getId(), null, a, null, BanReason.SPAM, BanTerm.UNTIL_DATE);
        past.setUntil(LocalDate.ofInstant(NOW, ZoneId.of("Europe/Moscow")).minusDays(1));
        assertThatThrownBy(() -> moderator.call(() -> blacklists.ban(past))).isInstanceOf(RequestRefused.class)
                .extracting(ModerationIT::key).isEqualTo("moderation.error.ban.ends-before-start");
        past.setUntil(null);
        assertThatThrownBy(() -> moderator.call(() -> blacklists.ban(past))).isInstanceOf(RequestRefused.class)
                .extracting(ModerationIT::key).isEqualTo("moderation.error.ban.until-required");
        BanRequest nowhere = new BanRequest(null, null, a, null, BanReason.SPAM, BanTerm.DAY);
        assertThatThrownBy(() -> moderator.call(() -> blacklists.ban(nowhere))).isInstanceOf(RequestRefused.class)
                .extracting(ModerationIT::key).isEqualTo("moderation.error.ban.scope");
        BanRequest unknown = new BanRequest(999_999_999L, null, a, null, BanReason.SPAM, BanTerm.DAY);
        assertThatThrownBy(() -> moderator.call(() -> blacklists.ban(unknown))).isInstanceOf(RequestRefused.class)
                .extracting(ModerationIT::key).isEqualTo("moderation.error.account.unknown");
        assertThat(moderator.call(() -> blacklists.count(BanFilter.everything()))).isEqualTo(bans);

        // until a date: to the end of that day in the organisation's zone
        BanRequest untilFriday = new BanRequest(vkPage.getId(), null, a, null, BanReason.SPAM, BanTerm.UNTIL_DATE);
        untilFriday.setUntil(LocalDate.of(2026, 12, 11));
        assertThat(moderator.call(() -> blacklists.ban(untilFriday)).getEndsAt())
                .isEqualTo(Instant.parse("2026-12-11T21:00:00Z"));
    }

    // ---------------------------------------------------------------- REST

    private static String api() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/api/v1/comments";
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String apiComment(Object account, String network, String externalId, String text) {
        var b = Json.createObjectBuilder().add("network", network).add("externalId", externalId)
                .add("author", Json.createObjectBuilder().add("id", 4242).add("name", "Житель"))
                .add("text", text).add("postedAt", "2026-12-07T11:58:00+03:00")
                .add("url", "https://vk.com/wall-1_5?reply=" + externalId);
        if (account instanceof Long l) {
            b.add("account", l);
        } else {
            b.add("account", String.valueOf(account));
        }
        return b.build().toString();
    }

    @Test
    void theRestApiTakesACommentOnceAndRefusesMalformedOnesWithNothingWritten() throws Exception {
        long before = count(CommentFilter.all());
        String ext = Unique.login("c");
        HttpResponse<String> first = post("", apiComment(vkPage.getId(), "vk", ext, "Когда уберут снег?"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonObject created = json(first);
        assertThat(created.getString("state")).isEqualTo("PENDING");
        assertThat(created.getString("authorId")).isEqualTo("4242");
        HttpResponse<String> again = post("", apiComment(vkPage.getId(), "vk", ext, "Когда уберут снег?"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).getJsonNumber("id").longValue()).isEqualTo(created.getJsonNumber("id").longValue());
        assertThat(count(CommentFilter.all())).isEqualTo(before + 1);
        Comment stored = fresh(created.getJsonNumber("id").longValue());
        assertThat(stored.getSource()).startsWith("api:");
        assertThat(stored.getPostedAt()).isEqualTo(Instant.parse("2026-12-07T08:58:00Z"));

        record Case(String body, int status, String parameter) {
        }
        for (Case c : List.of(
                new Case(apiComment(999_999_999L, "vk", Unique.login("c"), "x"), 400, "account"),
                new Case(apiComment(vkPage.getId(), "myspace", Unique.login("c"), "x"), 400, "network"),
                new Case(apiComment(vkPage.getId(), "ok", Unique.login("c"), "x"), 400, "network"),
                new Case(apiComment("первый", "vk", Unique.login("c"), "x"), 400, "account"),
                new Case(apiComment(vkPage.getId(), "vk", Unique.login("c"), "ы".repeat(40_000)), 413, "text"),
                new Case(apiComment(vkPage.getId(), "vk", Unique.login("c"), "x").replace("2026-12-07T11:58:00+03:00",
                        "07.12.2026"), 400, "postedAt"),
                new Case("{\"account\":" + vkPage.getId() + ",\"text\":\"без автора\",\"postedAt\":\"2026-12-07T11:58:00+03:00\"}",
                        400, "authorId"),
                new Case("{not json", 400, "body"),
                new Case("[]", 400, "body"))) {
            HttpResponse<String> r = post("", c.body());
            assertThat(r.statusCode()).as(c.body().substring(0, Math.min(80, c.body().length()))).isEqualTo(c.status());
            assertThat(json(r).getString("parameter")).isEqualTo(c.parameter());
        }
        assertThat(count(CommentFilter.all())).isEqualTo(before + 1);
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(api()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(apiComment(vkPage.getId(), "vk", "x", "x"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void aRestBatchReportsEveryItem() throws Exception {
        String known = Unique.login("k");
        post("", apiComment(okPage.getId(), "ok", known, "Уже известный"));
        long before = count(CommentFilter.all());
        String fresh = Unique.login("n");
        String body = "{\"comments\":[" + apiComment(okPage.getId(), "ok", fresh, "Новый") + ","
                + apiComment(okPage.getId(), "ok", known, "Уже известный") + ","
                + apiComment(okPage.getId(), "ok", fresh, "Повтор в том же пакете") + ","
                + apiComment(999_999_999L, "ok", Unique.login("x"), "Чужой аккаунт") + ",42]}";
        HttpResponse<String> r = post("/batch", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject result = json(r);
        assertThat(result.getInt("created")).isEqualTo(1);
        assertThat(result.getInt("existing")).isEqualTo(2);
        assertThat(result.getInt("invalid")).isEqualTo(2);
        JsonArray items = result.getJsonArray("items");
        assertThat(items.getJsonObject(3).getJsonArray("errors").getJsonObject(0).getString("parameter"))
                .isEqualTo("account");
        assertThat(count(CommentFilter.all())).isEqualTo(before + 1);
    }
}
