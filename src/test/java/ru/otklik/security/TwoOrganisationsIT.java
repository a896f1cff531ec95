package ru.otklik.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.audit.boundary.AuditFilter;
import ru.otklik.audit.boundary.AuditLog;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.content.boundary.PostDraft;
import ru.otklik.content.boundary.PostFilter;
import ru.otklik.content.boundary.Posts;
import ru.otklik.content.entity.Post;
import ru.otklik.content.entity.PostFormat;
import ru.otklik.content.entity.PostTopic;
import ru.otklik.message.boundary.ApiTokens;
import ru.otklik.message.boundary.Catalogue;
import ru.otklik.message.boundary.MessageFilter;
import ru.otklik.message.boundary.Messages;
import ru.otklik.message.boundary.NewMessage;
import ru.otklik.message.entity.AnswerKind;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.Network;
import ru.otklik.message.entity.NoAnswerGround;
import ru.otklik.message.entity.Topic;
import ru.otklik.moderation.boundary.BanFilter;
import ru.otklik.moderation.boundary.BanRequest;
import ru.otklik.moderation.boundary.Blacklists;
import ru.otklik.moderation.boundary.CommentFilter;
import ru.otklik.moderation.boundary.Moderation;
import ru.otklik.moderation.boundary.NewComment;
import ru.otklik.moderation.entity.BanReason;
import ru.otklik.moderation.entity.BanTerm;
import ru.otklik.moderation.entity.DeleteReason;
import ru.otklik.notify.boundary.MailOutbox;
import ru.otklik.notify.boundary.Notifications;
import ru.otklik.notify.entity.NotificationKind;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.org.entity.Organisation;
import ru.otklik.report.boundary.ReportQueries;
import ru.otklik.report.boundary.Reports;
import ru.otklik.report.control.Report;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.boundary.StaffDraft;
import ru.otklik.security.entity.Role;
import ru.otklik.socialaccount.boundary.AccountDraft;
import ru.otklik.socialaccount.boundary.Accounts;
import ru.otklik.socialaccount.boundary.PolicyDocuments;
import ru.otklik.socialaccount.entity.AccountStatus;
import ru.otklik.socialaccount.entity.CredentialField;
import ru.otklik.socialaccount.entity.OfficialAccount;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.SecondOrganisation;
import ru.otklik.testing.Team;
import ru.otklik.testing.Unique;
import ru.otklik.worktime.boundary.WorkingCalendars;
import ru.otklik.worktime.boundary.WorkingTimes;
import ru.otklik.worktime.control.DeadlinePolicy;
import ru.otklik.worktime.entity.DayKind;
import ru.otklik.worktime.entity.DeadlineKind;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: two organisations in one installation. Organisation A (the installation's first) gets,
 * through the boundaries and by its own staff, a message with an interim answer posted and a
 * final draft in review, an official account with a stored password, a policy document, a post
 * in review with a file, a pending comment and a ban of its author, an API token, notifications.
 * Then every staff member of organisation B ({@link SecondOrganisation}), in each role the
 * {@link RoleMatrix} lets call the method, tries every boundary method that takes an id or lists
 * things: A's ids are answered "not found" (or refused), lists and counts hold only B's records,
 * B's figures do not move when A gets more data, and at the end A's rows are exactly as they were.
 *
 * <p>Every row of {@link RoleMatrix#BOUNDARIES} is either probed here, probed through HTTP in
 * {@link TwoOrganisationsApiIT}, or named in {@link #NOT_PROBED_HERE} with the reason; a new
 * boundary method fails {@link #everyBoundaryMethodIsProbedOrExplained} until it is one of them.
 * Problems are collected, not thrown at the first: one run shows every leak.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoOrganisationsIT {

    /** Boundary methods this class does not call as B, and why. */
    static final Map<String, String> NOT_PROBED_HERE = notProbedHere();

    private static final Set<String> PROBED = new ConcurrentSkipListSet<>();
    private static final List<String> PROBLEMS = new CopyOnWriteArrayList<>();

    private static SecondOrganisation.Org b;
    private static A a;
    private static Map<String, List<String>> aRowsBefore;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(TwoOrganisationsIT.class, TwoOrganisationsIT.A.class, TwoOrganisationsIT.Probe.class,
                RoleMatrix.class, RoleMatrix.Access.class, SecondOrganisation.class, SecondOrganisation.Org.class,
                TwoOrganisationsApiIT.class);
    }

    @EJB SecondOrganisation second;
    @EJB AuditLog auditLog;
    @EJB ApiTokens apiTokens;
    @EJB Catalogue catalogue;
    @EJB Messages messages;
    @EJB Posts posts;
    @EJB Moderation moderation;
    @EJB Blacklists blacklists;
    @EJB Notifications notifications;
    @EJB MailOutbox mailOutbox;
    @EJB Organisations organisations;
    @EJB ReportQueries reportQueries;
    @EJB Reports reports;
    @EJB Staff staff;
    @EJB Accounts accounts;
    @EJB PolicyDocuments policyDocuments;
    @EJB WorkingCalendars calendars;
    @EJB WorkingTimes workingTimes;

    /** Organisation A's staff and the ids of what they made. */
    record A(long org, Team.Member operator, Team.Member curator, Team.Member head, Team.Member executor,
             Team.Member smm, Team.Member moderator, long message, String messageUrl, long network, long topic,
             long account, String secret, long document, long post, long media, long comment, String author,
             long ban, long token, long notification, Long mail) {
    }

    @FunctionalInterface
    interface Probe {
        Object call() throws Exception;
    }

    // ------------------------------------------------------------------ fixture

    private synchronized void fixture() throws Exception {
        if (a != null) {
            return;
        }
        b = second.ensure();
        assertThat(b.id()).isNotEqualTo(aOrg());
        a = organisationA();
        aRowsBefore = aRows();
    }

    private long aOrg() throws Exception {
        return As.admin(() -> organisations.current().getId());
    }

    private A organisationA() throws Exception {
        long org = aOrg();
        Team.Member op = Team.member(staff, "a-op", "Оператор А", Role.OPERATOR);
        Team.Member cur = Team.member(staff, "a-cur", "Куратор А", Role.CURATOR);
        Team.Member head = Team.member(staff, "a-head", "Глава А", Role.HEAD);
        Team.Member ex = Team.member(staff, "a-ex", "Исполнитель А", Role.EXECUTOR);
        Team.Member smm = Team.member(staff, "a-smm", "Редактор А", Role.SMM_EDITOR);
        Team.Member mod = Team.member(staff, "a-mod", "Модератор А", Role.MODERATOR);

        // a message: triaged, assigned, interim answer posted, final draft in review
        NewMessage in = new NewMessage();
        in.setKind(MessageKind.INCIDENT);
        in.setNetwork("vk");
        in.setTopic("roads");
        String url = "https://vk.com/wall-1_" + Unique.login("iso");
        in.setUrl(url);
        in.setAuthorName("Житель А");
        in.setText("Яма на дороге у школы (организация А)");
        in.setDetectedAt(Instant.now().minus(30, ChronoUnit.MINUTES));
        long id = op.call(() -> messages.register(in).message().getId());
        Topic roads = cur.call(() -> messages.topics().stream().filter(t -> t.getCode().equals("roads")).findFirst()
                .orElseThrow());
        op.call(() -> messages.classify(id, version(cur, id), MessageKind.INCIDENT, roads.getId()));
        cur.call(() -> messages.sendToHead(id, version(cur, id)));
        head.call(() -> messages.assignExecutor(id, version(cur, id), ex.id()));
        ex.call(() -> messages.saveDraft(id, version(cur, id), AnswerKind.INTERIM, "Приняли, проверяем."));
        ex.call(() -> messages.submitDraft(id, version(cur, id)));
        cur.call(() -> messages.approveDraft(id, version(cur, id)));
        op.call(() -> messages.postAnswer(id, version(cur, id), Instant.now().minusSeconds(5), url + "?reply=1"));
        ex.call(() -> messages.saveDraft(id, version(cur, id), AnswerKind.FINAL, "Яму заделают до пятницы."));
        ex.call(() -> messages.submitDraft(id, version(cur, id)));
        long network = roadsNetwork(cur, id);

        // an official account with its password in the vault, a policy document
        AccountDraft d = new AccountDraft();
        d.setNetworkId(network);
        d.setName("Администрация А " + Unique.login("vk"));
        d.setLink("https://vk.com/" + Unique.login("club"));
        d.setStatus(AccountStatus.ACTIVE);
        d.setResponsibleIds(Set.of(smm.id()));
        long account = smm.call(() -> accounts.save(d).getId());
        String secret = "Пароль-А-" + Unique.login("s");
        smm.call(() -> accounts.storeCredentials(account, Map.of(CredentialField.LOGIN, "admin-a",
                CredentialField.PASSWORD, secret)));
        long document = smm.call(() -> policyDocuments.save(null, 0, "Рекомендации для А " + Unique.login("d"),
                "https://example.org/a", null, null).getId());

        // a post in review with a file
        PostDraft p = new PostDraft();
        p.setAccountIds(Set.of(account));
        p.setPlannedAt(LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(2).atTime(10, 0));
        p.setFormat(PostFormat.PHOTO);
        p.setTopic(PostTopic.SOCIAL_INFO);
        p.setText("Пост организации А");
        Post post = smm.call(() -> posts.save(p));
        long media = smm.call(() -> posts.attach(post.getId(), "a.png", png()).getId());
        smm.call(() -> posts.submit(post.getId(), posts.find(post.getId()).getVersion()));

        // a comment pending moderation and a ban of its author
        String author = Unique.login("author");
        long comment = mod.call(() -> moderation.add(new NewComment(account, author, "Автор А", "Комментарий в А",
                Instant.now().minusSeconds(60))).getId());
        long ban = mod.call(() -> blacklists.ban(new BanRequest(account, null, author, "Автор А", BanReason.SPAM,
                BanTerm.WEEK)).getId());

        long token = As.admin(() -> apiTokens.create("Мониторинг А " + Unique.login("t")).token().getId());
        long notification = ex.call(() -> notifications.page(false, 0, 20).stream()
                .filter(n -> n.getKind() == NotificationKind.ASSIGNED).findFirst().orElseThrow().getId());
        Long mail = As.admin(() -> mailOutbox.page(MailOutbox.Show.ALL, 0, 1).stream().findFirst()
                .map(m -> m.getId()).orElse(null));
        return new A(org, op, cur, head, ex, smm, mod, id, url, network, roads.getId(), account, secret, document,
                post.getId(), media, comment, author, ban, token, notification, mail);
    }

    private long version(Team.Member reader, long message) throws Exception {
        return reader.call(() -> messages.details(message).message().getVersion());
    }

    private long roadsNetwork(Team.Member reader, long message) throws Exception {
        return reader.call(() -> messages.details(message).message().getNetwork().getId());
    }

    /** The smallest thing the file check takes for a PNG: the signature and an IHDR header. */
    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    }

    /** A's rows as stored, every column, to compare after B's attempts. */
    private Map<String, List<String>> aRows() throws Exception {
        Map<String, List<String>> rows = new TreeMap<>();
        put(rows, "message", "id", a.message());
        put(rows, "message_event", "message_id", a.message());
        put(rows, "answer_draft", "message_id", a.message());
        put(rows, "answer", "message_id", a.message());
        put(rows, "official_account", "id", a.account());
        put(rows, "official_account_staff", "account_id", a.account());
        put(rows, "account_credential", "account_id", a.account());
        put(rows, "policy_document", "id", a.document());
        put(rows, "post", "id", a.post());
        put(rows, "post_account", "post_id", a.post());
        put(rows, "post_media", "post_id", a.post());
        put(rows, "account_comment", "id", a.comment());
        put(rows, "blacklisting", "id", a.ban());
        put(rows, "api_token", "id", a.token());
        put(rows, "notification", "id", a.notification());
        put(rows, "organisation", "id", a.org());
        put(rows, "network", "organisation_id", a.org());
        put(rows, "topic", "organisation_id", a.org());
        put(rows, "calendar_entry", "organisation_id", a.org());
        put(rows, "calendar_source", "organisation_id", a.org());
        put(rows, "schedule_day", "organisation_id", a.org());
        put(rows, "deadline_terms", "organisation_id", a.org());
        for (Team.Member m : List.of(a.operator(), a.curator(), a.head(), a.executor(), a.smm(), a.moderator())) {
            put(rows, "staff_user", "id", m.id());
            put(rows, "staff_user_role", "user_id", m.id());
            put(rows, "notification_settings", "staff_user_id", m.id());
        }
        // not the mail outbox: its sender retries A's mail by itself (B's retry is refused above)
        return rows;
    }

    private void put(Map<String, List<String>> rows, String table, String column, Object value) {
        rows.merge(table, second.rows(table, column, value), (x, y) -> {
            List<String> all = new ArrayList<>(x);
            all.addAll(y);
            return all;
        });
    }

    // ------------------------------------------------------------------ probes

    /** B's roles the role matrix lets call the method (the container refuses the others anyway). */
    private List<Team.Member> callers(String key) {
        RoleMatrix.Access access = RoleMatrix.boundaries().get(key);
        if (access == null) {
            throw new IllegalArgumentException("No row in RoleMatrix for " + key);
        }
        List<Team.Member> who = new ArrayList<>();
        for (Role r : Role.values()) {
            if (access.allows(r)) {
                who.add(b.member(r));
            }
        }
        if (who.isEmpty()) {
            throw new IllegalArgumentException(key + " is no staff role's: probe it through its API");
        }
        return who;
    }

    /** Every allowed role of B must be answered with a refusal (A's record is not found for B). */
    private void refused(String key, Probe probe) throws Exception {
        PROBED.add(key);
        for (Team.Member m : callers(key)) {
            try {
                Object result = m.call(probe::call);
                PROBLEMS.add(key + " as " + m.login() + ": not refused, answered " + describe(result));
            } catch (RequestRefused | EJBAccessException expected) {
                // not found, or refused: A's record stays out of reach
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof RequestRefused)) {
                    PROBLEMS.add(key + " as " + m.login() + ": failed with " + e.getCause());
                }
            } catch (Exception | AssertionError e) {
                PROBLEMS.add(key + " as " + m.login() + ": failed with " + e);
            }
        }
    }

    /** Every allowed role of B gets an answer in which nothing belongs to another organisation than B. */
    private void onlyB(String key, Probe probe) throws Exception {
        PROBED.add(key);
        for (Team.Member m : callers(key)) {
            try {
                Object result = m.call(probe::call);
                for (Object e : elements(result)) {
                    Long org = organisationOf(e);
                    if (org != null && org != b.id()) {
                        PROBLEMS.add(key + " as " + m.login() + ": answered a record of organisation " + org + ": " + e);
                    }
                }
            } catch (RequestRefused expected) {
                // a refusal reveals nothing either
            } catch (Exception | AssertionError e) {
                PROBLEMS.add(key + " as " + m.login() + ": failed with " + e);
            }
        }
    }

    /** A check of a single answer as each allowed role of B. */
    private void check(String key, Probe probe, java.util.function.Predicate<Object> fine, String what)
            throws Exception {
        PROBED.add(key);
        for (Team.Member m : callers(key)) {
            try {
                Object result = m.call(probe::call);
                if (!fine.test(result)) {
                    PROBLEMS.add(key + " as " + m.login() + ": " + what + ", answered " + describe(result));
                }
            } catch (Exception | AssertionError e) {
                PROBLEMS.add(key + " as " + m.login() + ": failed with " + e);
            }
        }
    }

    private static String describe(Object result) {
        String s = String.valueOf(result instanceof Future<?> f ? "a future" : result);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** The records in an answer: a collection's or map's elements, a record's components, the thing itself. */
    private static List<Object> elements(Object result) throws Exception {
        List<Object> out = new ArrayList<>();
        collect(result, out, 0);
        return out;
    }

    private static void collect(Object o, List<Object> out, int depth) throws Exception {
        if (o == null || depth > 3) {
            return;
        }
        if (o instanceof Future<?> f) {
            collect(f.get(30, TimeUnit.SECONDS), out, depth + 1);
        } else if (o instanceof Optional<?> opt) {
            collect(opt.orElse(null), out, depth + 1);
        } else if (o instanceof Collection<?> c) {
            for (Object e : c) {
                collect(e, out, depth + 1);
            }
        } else if (o instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                collect(e.getKey(), out, depth + 1);
                collect(e.getValue(), out, depth + 1);
            }
        } else if (o instanceof Object[] array) {
            for (Object e : array) {
                collect(e, out, depth + 1);
            }
        } else if (o.getClass().isRecord() && o.getClass().getName().startsWith("ru.otklik.")) {
            out.add(o);
            for (var c : o.getClass().getRecordComponents()) {
                collect(c.getAccessor().invoke(o), out, depth + 1);
            }
        } else {
            out.add(o);
        }
    }

    /** The organisation a record belongs to, if it says. */
    static Long organisationOf(Object o) {
        for (String name : List.of("auditOrganisationId", "getOrganisationId")) {
            try {
                Method m = o.getClass().getMethod(name);
                Object v = m.invoke(o);
                if (v instanceof Number n) {
                    return n.longValue();
                }
            } catch (ReflectiveOperationException ignored) {
                // not this kind of record
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ the tests

    @Test
    @Order(1)
    void theSecondOrganisationIsTheSameOnEveryCall() throws Exception {
        fixture();
        SecondOrganisation.Org again = second.ensure();
        assertThat(again.id()).isEqualTo(b.id());
        assertThat(again.staff()).hasSize(Role.values().length);
        for (Role role : Role.values()) {
            Team.Member m = b.member(role);
            assertThat(m.call(() -> staff.me().getOrganisation().getId())).as(role.name()).isEqualTo(b.id());
            assertThat(m.call(() -> organisations.current().getName())).isEqualTo(SecondOrganisation.NAME);
        }
        PROBED.addAll(List.of("Staff.me", "Organisations.current"));
        assertThat(second.ids("network", b.id())).isNotEmpty();
        assertThat(second.ids("calendar_source", b.id())).hasSizeGreaterThanOrEqualTo(4);
        // B's deadlines come from B's own calendar and zone
        assertThat(workingTimes.zone(b.id())).isEqualTo(SecondOrganisation.ZONE);
    }

    @Test
    @Order(2)
    void messagesOfAAreOutOfBsReach() throws Exception {
        fixture();
        long id = a.message();
        long v = version(a.curator(), id);
        refused("Messages.details", () -> messages.details(id));
        refused("Messages.classify", () -> messages.classify(id, v, MessageKind.PUBLICATION, null));
        refused("Messages.closeNoAnswer", () -> messages.closeNoAnswer(id, v, NoAnswerGround.values()[0], "чужое"));
        refused("Messages.sendToHead", () -> messages.sendToHead(id, v));
        refused("Messages.assignExecutor", () -> messages.assignExecutor(id, v, b.member(Role.EXECUTOR).id()));
        refused("Messages.saveDraft", () -> messages.saveDraft(id, v, AnswerKind.FINAL, "Ответ из чужой организации"));
        refused("Messages.submitDraft", () -> messages.submitDraft(id, v));
        refused("Messages.approveDraft", () -> messages.approveDraft(id, v));
        refused("Messages.returnDraft", () -> messages.returnDraft(id, v, "Переделать"));
        refused("Messages.postAnswer", () -> messages.postAnswer(id, v, Instant.now(), a.messageUrl() + "?b"));
        onlyB("Messages.page", () -> messages.page(MessageFilter.all(), null, 0, 500));
        onlyB("Messages.withSameLink", () -> messages.withSameLink(a.messageUrl()));
        check("Messages.withSameLink", () -> messages.withSameLink(a.messageUrl()), r -> ((List<?>) r).isEmpty(),
                "A's link must be unknown to B");
        check("Messages.page", () -> messages.page(MessageFilter.all().withText("организация А"), null, 0, 500),
                r -> ((List<?>) r).stream().noneMatch(m -> ((Message) m).getId() == id), "A's message found by text");
        onlyB("Messages.networks", () -> messages.networks());
        onlyB("Messages.topics", () -> messages.topics());
        onlyB("Messages.executors", () -> messages.executors());

        // B's own message must not take A's topic or A's executor
        Team.Member bOp = b.member(Role.OPERATOR);
        Team.Member bCur = b.member(Role.CURATOR);
        NewMessage in = new NewMessage();
        in.setKind(MessageKind.INCIDENT);
        in.setNetwork("vk");
        in.setUrl("https://vk.com/wall-2_" + Unique.login("b"));
        in.setText("Сообщение организации Б");
        in.setDetectedAt(Instant.now().minusSeconds(120));
        Message own = bOp.call(() -> messages.register(in).message());
        PROBED.add("Messages.register");
        if (own.getOrganisationId() != b.id()) {
            PROBLEMS.add("Messages.register by B: stored in organisation " + own.getOrganisationId());
        }
        refused("Messages.classify", () -> messages.classify(own.getId(), version(bCur, own.getId()),
                MessageKind.INCIDENT, a.topic()));
        bOp.call(() -> messages.classify(own.getId(), version(bCur, own.getId()), MessageKind.INCIDENT, null));
        bCur.call(() -> messages.sendToHead(own.getId(), version(bCur, own.getId())));
        refused("Messages.assignExecutor", () -> messages.assignExecutor(own.getId(), version(bCur, own.getId()),
                a.executor().id()));
        // A's executor, told nothing, cannot see B's message either
        try {
            a.executor().call(() -> messages.details(own.getId()));
            PROBLEMS.add("A's executor read B's message");
        } catch (RequestRefused expected) {
            // as it should be
        }
    }

    @Test
    @Order(3)
    void accountsAndTheVaultOfAAreOutOfBsReach() throws Exception {
        fixture();
        long id = a.account();
        OfficialAccount theirs = a.smm().call(() -> accounts.find(id));
        refused("Accounts.find", () -> accounts.find(id));
        refused("Accounts.credentials", () -> accounts.credentials(id));
        refused("Accounts.reveal", () -> accounts.reveal(id, CredentialField.PASSWORD));
        refused("Accounts.storeCredentials", () -> accounts.storeCredentials(id,
                Map.of(CredentialField.PASSWORD, "перехвачено")));
        refused("Accounts.archive", () -> accounts.archive(id, theirs.getVersion()));
        refused("Accounts.save", () -> {
            AccountDraft d = AccountDraft.of(theirs);
            d.setName("Захвачено организацией Б");
            d.setResponsibleIds(Set.of());
            d.setNetworkId(bNetwork("vk").getId());
            return accounts.save(d);
        });
        refused("Accounts.save", () -> {
            AccountDraft d = new AccountDraft();
            d.setNetworkId(a.network());
            d.setName("В чужой сети");
            d.setStatus(AccountStatus.ACTIVE);
            return accounts.save(d);
        });
        refused("Accounts.save", () -> {
            AccountDraft d = new AccountDraft();
            d.setNetworkId(bNetwork("vk").getId());
            d.setName("С чужим ответственным");
            d.setStatus(AccountStatus.ACTIVE);
            d.setResponsibleIds(Set.of(a.smm().id()));
            return accounts.save(d);
        });
        onlyB("Accounts.list", () -> accounts.list());
        onlyB("Accounts.planned", () -> accounts.planned());
        onlyB("Accounts.networks", () -> accounts.networks());
        onlyB("Accounts.staff", () -> accounts.staff());
        check("Accounts.staff", () -> accounts.staff(), r -> ((List<?>) r).stream()
                .allMatch(u -> ((ru.otklik.security.entity.StaffUser) u).getOrganisation().getId() == b.id()),
                "another organisation's staff offered");

        long document = a.document();
        long docVersion = a.smm().call(() -> policyDocuments.list().stream().filter(d -> d.getId() == document)
                .findFirst().orElseThrow().getVersion());
        refused("PolicyDocuments.save", () -> policyDocuments.save(document, docVersion, "Захвачено", null, null, null));
        refused("PolicyDocuments.remove", () -> {
            policyDocuments.remove(document);
            return "removed";
        });
        onlyB("PolicyDocuments.list", () -> policyDocuments.list());
    }

    @Test
    @Order(4)
    void postsOfAAreOutOfBsReach() throws Exception {
        fixture();
        long id = a.post();
        Post theirs = a.smm().call(() -> posts.find(id));
        long v = theirs.getVersion();
        LocalDate today = LocalDate.now(SecondOrganisation.ZONE);
        refused("Posts.find", () -> posts.find(id));
        refused("Posts.move", () -> posts.move(id, v, today.plusDays(5)));
        refused("Posts.submit", () -> posts.submit(id, v));
        refused("Posts.approve", () -> posts.approve(id, v));
        refused("Posts.returnForRework", () -> posts.returnForRework(id, v, "Переделать"));
        refused("Posts.publish", () -> posts.publish(id, v, "https://vk.com/wall-1_1"));
        refused("Posts.cancel", () -> posts.cancel(id, v));
        refused("Posts.media", () -> posts.media(id));
        refused("Posts.mediaWithContent", () -> posts.mediaWithContent(a.media()));
        refused("Posts.attach", () -> posts.attach(id, "b.png", png()));
        refused("Posts.detach", () -> {
            posts.detach(a.media());
            return "detached";
        });
        refused("Posts.save", () -> {
            PostDraft d = PostDraft.of(theirs, ZoneId.of("Europe/Moscow"));
            d.setText("Переписано организацией Б");
            return posts.save(d);
        });
        refused("Posts.save", () -> {
            PostDraft d = new PostDraft();
            d.setAccountIds(Set.of(a.account()));
            d.setPlannedAt(LocalDateTime.now().plusDays(3));
            d.setFormat(PostFormat.PHOTO);
            d.setTopic(PostTopic.SOCIAL_INFO);
            d.setText("В чужой аккаунт");
            return posts.save(d);
        });
        onlyB("Posts.calendar", () -> posts.calendar(today.minusDays(10), today.plusDays(20), null));
        onlyB("Posts.calendar", () -> posts.calendar(today.minusDays(10), today.plusDays(20), a.account()));
        onlyB("Posts.page", () -> posts.page(PostFilter.all(), 0, 500));
        check("Posts.count", () -> posts.count(new PostFilter(a.account(), null, null, null, null, null, null)),
                r -> ((Long) r) == 0, "counts A's account's posts");
        onlyB("Posts.weeks", () -> posts.weeks(List.of(today.with(DayOfWeek.MONDAY))));
        check("Posts.weeks", () -> posts.weeks(List.of(today.with(DayOfWeek.MONDAY))),
                r -> ((List<?>) r).stream().noneMatch(w -> String.valueOf(w).contains("accountId=" + a.account() + ",")),
                "a week of A's account");
    }

    @Test
    @Order(5)
    void moderationOfAIsOutOfBsReach() throws Exception {
        fixture();
        long id = a.comment();
        long v = a.moderator().call(() -> moderation.find(id).getVersion());
        long banVersion = a.moderator().call(() -> blacklists.find(a.ban()).getVersion());
        refused("Moderation.find", () -> moderation.find(id));
        refused("Moderation.keep", () -> moderation.keep(id, v));
        refused("Moderation.delete", () -> moderation.delete(id, v, DeleteReason.SPAM, "чужой"));
        refused("Moderation.decideAll", () -> moderation.decideAll(Map.of(id, v), DeleteReason.SPAM, null));
        refused("Moderation.decideAll", () -> moderation.decideAll(Map.of(id, v), null, null));
        refused("Moderation.history", () -> moderation.history(a.network(), a.author()));
        refused("Moderation.add", () -> moderation.add(new NewComment(a.account(), Unique.login("x"), null,
                "Подброшено из Б", Instant.now().minusSeconds(30))));
        onlyB("Moderation.history", () -> moderation.history(bNetwork("vk").getId(), a.author()));
        check("Moderation.history", () -> moderation.history(bNetwork("vk").getId(), a.author()),
                r -> ((ru.otklik.moderation.boundary.AuthorHistory) r).comments().isEmpty()
                        && ((ru.otklik.moderation.boundary.AuthorHistory) r).bans().isEmpty(), "A's author's history");
        onlyB("Moderation.page", () -> moderation.page(CommentFilter.all(), 0, 500));
        onlyB("Moderation.page", () -> moderation.page(CommentFilter.all().withAccounts(Set.of(a.account())), 0, 500));
        onlyB("Moderation.accounts", () -> moderation.accounts());
        onlyB("Moderation.networks", () -> moderation.networks());
        onlyB("Moderation.repeatOffenders", () -> moderation.repeatOffenders(1));
        check("Moderation.mayDecide", () -> moderation.mayDecide(), r -> r instanceof Boolean, "a yes or no");

        refused("Blacklists.find", () -> blacklists.find(a.ban()));
        refused("Blacklists.remove", () -> blacklists.remove(a.ban(), banVersion, "Снято чужой организацией"));
        refused("Blacklists.ban", () -> blacklists.ban(new BanRequest(a.account(), null, a.author(), null,
                BanReason.SPAM, BanTerm.DAY)));
        refused("Blacklists.ban", () -> blacklists.ban(new BanRequest(null, a.network(), a.author(), null,
                BanReason.SPAM, BanTerm.DAY)));
        refused("Blacklists.ban", () -> {
            BanRequest r = new BanRequest(null, bNetwork("vk").getId(), a.author(), null, BanReason.SPAM, BanTerm.DAY);
            r.setComment(id);
            return blacklists.ban(r);
        });
        onlyB("Blacklists.page", () -> blacklists.page(BanFilter.everything(), 0, 500));
        onlyB("Blacklists.page", () -> blacklists.page(new BanFilter(null, false, null, a.account()), 0, 500));
        onlyB("Blacklists.activeOf", () -> blacklists.activeOf(a.network(), a.author()));
        check("Blacklists.activeOf", () -> blacklists.activeOf(a.network(), a.author()), r -> ((List<?>) r).isEmpty(),
                "A's ban");
    }

    @Test
    @Order(6)
    void staffSettingsAndTokensOfAAreOutOfBsReach() throws Exception {
        fixture();
        Team.Member victim = a.operator();
        var theirs = As.admin(() -> staff.find(victim.id()));
        refused("Staff.find", () -> staff.find(victim.id()));
        refused("Staff.deactivate", () -> staff.deactivate(victim.id()));
        refused("Staff.activate", () -> staff.activate(victim.id()));
        refused("Staff.resetPassword", () -> staff.resetPassword(victim.id()));
        refused("Staff.update", () -> {
            StaffDraft d = StaffDraft.of(theirs);
            d.setRoles(EnumSet.of(Role.ADMIN));
            d.setFullName("Захвачен организацией Б");
            return staff.update(d);
        });
        refused("Staff.create", () -> {
            StaffDraft d = new StaffDraft();
            d.setLogin(victim.login());
            d.setFullName("Двойник");
            d.setEmail("double@otklik.test");
            d.setRoles(EnumSet.of(Role.OPERATOR));
            return staff.create(d);
        });
        onlyB("Staff.page", () -> staff.page(null, true, 0, 500));
        check("Staff.page", () -> staff.page(victim.login(), true, 0, 500), r -> ((List<?>) r).isEmpty(),
                "A's staff found by login");
        check("Staff.count", () -> staff.count(victim.login(), true), r -> ((Long) r) == 0, "A's staff counted");
        check("Staff.me", () -> staff.me().getOrganisation().getId(), r -> ((Long) r) == b.id(), "B's own record");
        refused("Staff.changeOwnPassword", () -> {
            staff.changeOwnPassword("не тот пароль", "Novyj-Parol-2026!");
            return "changed";
        });
        check("Staff.changeOwnLanguage", () -> {
            staff.changeOwnLanguage("ru");
            return staff.me().getOrganisation().getId();
        }, r -> ((Long) r) == b.id(), "changes only the caller");

        Organisation aOrganisation = As.admin(() -> organisations.current());
        refused("Organisations.save", () -> {
            aOrganisation.setName("Захвачено организацией Б");
            return organisations.save(aOrganisation);
        });
        check("Organisations.current", () -> organisations.current().getId(), r -> ((Long) r) == b.id(),
                "B's own organisation");

        Network theirNetwork = As.admin(() -> catalogue.networks().get(0));
        Topic theirTopic = As.admin(() -> catalogue.topics().get(0));
        refused("Catalogue.save", () -> {
            Network n = forged(bNetwork("vk"), theirNetwork.getId(), theirNetwork.getVersion());
            n.setName("Захвачено организацией Б");
            return catalogue.save(n);
        });
        refused("Catalogue.save", () -> {
            Topic t = forged(bTopic(), theirTopic.getId(), theirTopic.getVersion());
            t.setName("Захвачено организацией Б");
            return catalogue.save(t);
        });
        onlyB("Catalogue.networks", () -> catalogue.networks());
        onlyB("Catalogue.topics", () -> catalogue.topics());
        onlyB("Catalogue.addNetwork", () -> catalogue.addNetwork("izol-b", "Сеть Б"));
        onlyB("Catalogue.addTopic", () -> catalogue.addTopic("izol-b", "Рубрика Б"));

        refused("ApiTokens.revoke", () -> {
            apiTokens.revoke(a.token());
            return "revoked";
        });
        onlyB("ApiTokens.list", () -> apiTokens.list());
        onlyB("ApiTokens.create", () -> apiTokens.create("Мониторинг Б " + Unique.login("t")).token());

        if (a.mail() != null) {
            refused("MailOutbox.retryNow", () -> {
                mailOutbox.retryNow(a.mail());
                return "retried";
            });
        } else {
            PROBED.add("MailOutbox.retryNow");
        }
        onlyB("MailOutbox.page", () -> mailOutbox.page(MailOutbox.Show.ALL, 0, 500));

        onlyB("AuditLog.page", () -> auditLog.page(AuditFilter.all(), 0, 500));
        check("AuditLog.history", () -> auditLog.history("Message", String.valueOf(a.message())),
                r -> ((List<?>) r).isEmpty(), "A's message's history");
        check("AuditLog.history", () -> auditLog.history("OfficialAccount", String.valueOf(a.account())),
                r -> ((List<?>) r).isEmpty(), "A's account's history (and its reveals)");
        check("AuditLog.history", () -> auditLog.history("StaffUser", String.valueOf(victim.id())),
                r -> ((List<?>) r).isEmpty(), "A's staff member's history");
        check("AuditLog.page", () -> auditLog.page(new AuditFilter(a.secret(), null, null, null), 0, 500),
                r -> ((List<?>) r).isEmpty(), "found by A's secret");

        refused("Notifications.markRead", () -> {
            notifications.markRead(a.notification());
            return "marked";
        });
        onlyB("Notifications.page", () -> notifications.page(false, 0, 500));
        check("Notifications.markAllRead", () -> notifications.markAllRead(), r -> r instanceof Integer, "a count");
        check("Notifications.myId", () -> notifications.myId(), r -> b.staff().values().stream()
                .anyMatch(m -> m.id() == (Long) r), "the caller's own id");
        check("Notifications.emailKinds", () -> notifications.emailKinds(), r -> r instanceof Set<?>, "own kinds");
        check("Notifications.saveEmailKinds", () -> {
            notifications.saveEmailKinds(EnumSet.allOf(NotificationKind.class));
            return notifications.emailKinds();
        }, r -> ((Set<?>) r).size() == NotificationKind.values().length, "own settings");
        check("Notifications.hasEmail", () -> notifications.hasEmail(), r -> r instanceof Boolean, "own address");
    }

    @Test
    @Order(7)
    void reportQueriesAnswerOnlyTheCallersOrganisation() throws Exception {
        fixture();
        Instant from = Instant.now().minus(1, ChronoUnit.DAYS);
        Instant to = Instant.now().plus(1, ChronoUnit.DAYS);
        long aOrg = a.org();
        refused("ReportQueries.cube", () -> reportQueries.cube(aOrg, from, to, Instant.now()).get());
        refused("ReportQueries.hours", () -> reportQueries.hours(aOrg, from, to).get());
        refused("ReportQueries.firstAnswerMinutes", () -> reportQueries.firstAnswerMinutes(aOrg, from, to).get());
        refused("ReportQueries.topics", () -> reportQueries.topics(aOrg, from, to).get());
        refused("ReportQueries.repeatedAuthors", () -> reportQueries.repeatedAuthors(aOrg, from, to, 10).get());
        refused("ReportQueries.draftsReturned", () -> reportQueries.draftsReturned(aOrg, from, to).get());
        LocalDate today = LocalDate.now(SecondOrganisation.ZONE);
        check("Reports.build", () -> reports.build(today.minusDays(1), today.plusDays(1), Locale.ROOT),
                r -> ((Report) r).organisation().equals(SecondOrganisation.NAME), "B's report");
        check("Reports.xlsx", () -> reports.xlsx(today.minusDays(1), today, Locale.ROOT), r -> ((byte[]) r).length > 0,
                "a file");
        check("Reports.pdf", () -> reports.pdf(today.minusDays(1), today, Locale.ROOT), r -> ((byte[]) r).length > 0,
                "a file");
    }

    /** B's figures, as B sees them: none may move when A gets more data. */
    private Map<String, Object> bFigures() throws Exception {
        Map<String, Object> f = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(SecondOrganisation.ZONE);
        for (Role role : Role.values()) {
            Team.Member m = b.member(role);
            String r = role.name() + " ";
            f.put(r + "unread", m.call(() -> notifications.unread()));
            f.put(r + "notifications", m.call(() -> notifications.count(false)));
            if (RoleMatrix.boundaries().get("Messages.count").allows(role)) {
                f.put(r + "messages", m.call(() -> messages.count(MessageFilter.all())));
                f.put(r + "messages up to", m.call(() -> messages.countUpTo(MessageFilter.all())));
                f.put(r + "views", new TreeMap<>(m.call(() -> messages.viewCounts())));
            }
            if (RoleMatrix.boundaries().get("Moderation.count").allows(role)) {
                f.put(r + "comments", m.call(() -> moderation.count(CommentFilter.all())));
                f.put(r + "comment states", m.call(() -> moderation.counts(CommentFilter.all())).toString());
            }
            if (RoleMatrix.boundaries().get("Blacklists.count").allows(role)) {
                f.put(r + "bans", m.call(() -> blacklists.count(BanFilter.everything())));
            }
            if (RoleMatrix.boundaries().get("Posts.count").allows(role)) {
                f.put(r + "posts", m.call(() -> posts.count(PostFilter.all())));
                f.put(r + "falling short", m.call(() -> posts.accountsFallingShort()));
            }
            if (RoleMatrix.boundaries().get("Reports.build").allows(role)) {
                Report report = m.call(() -> reports.build(today.minusDays(1), today.plusDays(1), Locale.ROOT));
                f.put(r + "report total", report.results().total());
                f.put(r + "report answered", report.results().answered());
                f.put(r + "report authors", report.repeatedAuthors().toString());
                f.put(r + "share in time", String.valueOf(m.call(() -> reports.shareInTime(today.minusDays(1), today))));
            }
            if (role == Role.ADMIN) {
                f.put("staff", m.call(() -> staff.count(null, true)));
                f.put("coverage", m.call(() -> staff.roleCoverage()).toString());
                f.put("audit", m.call(() -> auditLog.count(AuditFilter.all())));
                f.put("audit types", m.call(() -> auditLog.entityTypes()).toString());
                f.put("mail", m.call(() -> mailOutbox.count(MailOutbox.Show.ALL)));
            }
        }
        PROBED.addAll(List.of("Notifications.unread", "Notifications.count", "Messages.count", "Messages.countUpTo",
                "Messages.viewCounts",
                "Moderation.count", "Moderation.counts", "Blacklists.count", "Posts.count", "Posts.accountsFallingShort",
                "Reports.build", "Reports.shareInTime", "Staff.count", "Staff.roleCoverage", "AuditLog.count",
                "AuditLog.entityTypes", "MailOutbox.count"));
        return f;
    }

    @Test
    @Order(8)
    void bsFiguresDoNotMoveWhenAGetsMoreData() throws Exception {
        fixture();
        Map<String, Object> before = bFigures();
        // A gets more of everything B counts
        NewMessage in = new NewMessage();
        in.setKind(MessageKind.HIGH_IMPORTANCE);
        in.setNetwork("vk");
        in.setAuthorName("Житель А");
        in.setUrl("https://vk.com/wall-1_" + Unique.login("more"));
        in.setText("Ещё одно сообщение организации А");
        in.setDetectedAt(Instant.now().minusSeconds(60));
        a.operator().call(() -> messages.register(in).message().getId());
        String author = Unique.login("author");
        long comment = a.moderator().call(() -> moderation.add(new NewComment(a.account(), author, "Ещё автор А",
                "Ещё комментарий", Instant.now().minusSeconds(30))).getId());
        a.moderator().call(() -> moderation.delete(comment, a.moderator().call(() -> moderation.find(comment))
                .getVersion(), DeleteReason.SPAM, null));
        a.moderator().call(() -> blacklists.ban(new BanRequest(a.account(), null, author, null, BanReason.SPAM,
                BanTerm.DAY)));
        PostDraft p = new PostDraft();
        p.setAccountIds(Set.of(a.account()));
        p.setPlannedAt(LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(1).atTime(LocalTime.NOON));
        p.setFormat(PostFormat.PHOTO);
        p.setTopic(PostTopic.SOCIAL_INFO);
        p.setText("Ещё пост организации А");
        a.smm().call(() -> posts.save(p));
        Team.member(staff, "a-more", "Ещё сотрудник А", Role.HEAD);
        assertThat(bFigures()).isEqualTo(before);
        // and B's own figures do move with B's data: the comparison is not blind
        long bComments = b.member(Role.MODERATOR).call(() -> moderation.count(CommentFilter.all()));
        OfficialAccount bAccount = bAccount();
        b.member(Role.MODERATOR).call(() -> moderation.add(new NewComment(bAccount.getId(), Unique.login("b"), null,
                "Комментарий в Б", Instant.now().minusSeconds(10))));
        PROBED.add("Moderation.add");
        assertThat(b.member(Role.MODERATOR).call(() -> moderation.count(CommentFilter.all()))).isEqualTo(bComments + 1);
    }

    @Test
    @Order(9)
    void bsCalendarScheduleAndTermsAreBsOwn() throws Exception {
        fixture();
        LocalDate day = LocalDate.of(2026, 12, 16);
        Instant from = LocalDate.of(2026, 12, 15).atTime(9, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant();
        DayKind aKind = As.admin(() -> calendars.year(2026).year().kindOf(day));
        Instant aDue = workingTimes.due(a.org(), DeadlineKind.INCIDENT, from);
        DeadlinePolicy aPolicy = As.admin(() -> calendars.policy());
        var aSchedule = As.admin(() -> calendars.schedule());
        Team.Member bAdmin = b.member(Role.ADMIN);
        DayKind bKind = bAdmin.call(() -> calendars.year(2026).year().kindOf(day));
        DeadlinePolicy bPolicy = bAdmin.call(() -> calendars.policy());
        var bSchedule = bAdmin.call(() -> calendars.schedule());
        try {
            bAdmin.call(() -> {
                calendars.changeDay(day, DayKind.DAY_OFF, "День поселения Б");
                calendars.savePolicy(new DeadlinePolicy(bPolicy.incidentMinutes() + 60, bPolicy.highImportanceMinutes(),
                        bPolicy.publicationMinutes(), bPolicy.finalAnswerDays()));
                Map<DayOfWeek, ru.otklik.worktime.entity.WorkSchedule.DayHours> week = new EnumMap<>(DayOfWeek.class);
                week.putAll(bSchedule.week());
                week.put(DayOfWeek.FRIDAY, new ru.otklik.worktime.entity.WorkSchedule.DayHours(LocalTime.of(8, 0),
                        LocalTime.of(12, 0)));
                calendars.saveSchedule(week);
                return null;
            });
            PROBED.addAll(List.of("WorkingCalendars.changeDay", "WorkingCalendars.savePolicy",
                    "WorkingCalendars.saveSchedule"));
            assertThat(bAdmin.call(() -> calendars.year(2026).year().kindOf(day))).isEqualTo(DayKind.DAY_OFF);
            check("WorkingCalendars.year", () -> calendars.year(2026).year().kindOf(day) == DayKind.DAY_OFF,
                    r -> (Boolean) r, "B's own change");
            check("WorkingCalendars.policy", () -> calendars.policy().incidentMinutes(),
                    r -> ((Integer) r) == bPolicy.incidentMinutes() + 60, "B's own terms");
            check("WorkingCalendars.schedule", () -> calendars.schedule().hours(DayOfWeek.FRIDAY).orElseThrow().end(),
                    r -> r.equals(LocalTime.of(12, 0)), "B's own schedule");
            // A's calendar, terms, schedule and deadlines are as they were
            assertThat(As.admin(() -> calendars.year(2026).year().kindOf(day))).isEqualTo(aKind);
            assertThat(As.admin(() -> calendars.policy())).isEqualTo(aPolicy);
            assertThat(As.admin(() -> calendars.schedule())).isEqualTo(aSchedule);
            assertThat(workingTimes.due(a.org(), DeadlineKind.INCIDENT, from)).isEqualTo(aDue);
        } finally {
            bAdmin.call(() -> {
                calendars.changeDay(day, bKind, null);
                calendars.savePolicy(bPolicy);
                calendars.saveSchedule(bSchedule.week());
                return null;
            });
        }
    }

    @Test
    @Order(90)
    void nothingOfAChangedAndNothingLeaked() throws Exception {
        fixture();
        Map<String, List<String>> after = aRows();
        for (String table : aRowsBefore.keySet()) {
            if (!after.get(table).equals(aRowsBefore.get(table))) {
                PROBLEMS.add("A's " + table + " changed: " + aRowsBefore.get(table) + " -> " + after.get(table));
            }
        }
        // A's staff still work as before, and A's secret is still A's
        assertThat(a.smm().call(() -> accounts.reveal(a.account(), CredentialField.PASSWORD))).isEqualTo(a.secret());
        assertThat(a.curator().call(() -> messages.details(a.message()).drafts())).hasSize(2);
        assertThat(PROBLEMS).as("leaks between organisations").isEmpty();
    }

    @Test
    @Order(91)
    void aVaultKeyRotationByBKeepsAsSecretsAsTheyWere() throws Exception {
        fixture();
        // the vault key is the installation's (one key file): B's administrator may rotate it, which
        // re-encrypts A's secrets too, but never shows or changes them
        check("Accounts.rotateKey", () -> accounts.rotateKey(), r -> ((Integer) r) >= 1, "re-encrypted");
        assertThat(a.smm().call(() -> accounts.reveal(a.account(), CredentialField.PASSWORD))).isEqualTo(a.secret());
        assertThat(PROBLEMS).isEmpty();
    }

    @Test
    @Order(99)
    void everyBoundaryMethodIsProbedOrExplained() {
        Set<String> table = new TreeSet<>(RoleMatrix.boundaries().keySet());
        Set<String> unexplained = new TreeSet<>(table);
        unexplained.removeAll(PROBED);
        unexplained.removeAll(NOT_PROBED_HERE.keySet());
        unexplained.removeAll(TwoOrganisationsApiIT.PROBED_THROUGH_HTTP);
        assertThat(unexplained).as("RoleMatrix rows neither probed as organisation B nor explained").isEmpty();
        Set<String> stale = new TreeSet<>(NOT_PROBED_HERE.keySet());
        stale.addAll(TwoOrganisationsApiIT.PROBED_THROUGH_HTTP);
        stale.removeAll(table);
        assertThat(stale).as("explanations for methods RoleMatrix no longer has").isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private Network bNetwork(String code) throws Exception {
        return b.member(Role.ADMIN).call(() -> catalogue.networks().stream().filter(n -> n.getCode().equals(code))
                .findFirst().orElseThrow());
    }

    private Topic bTopic() throws Exception {
        return b.member(Role.ADMIN).call(() -> catalogue.topics().get(0));
    }

    private OfficialAccount bAccount() throws Exception {
        Team.Member admin = b.member(Role.ADMIN);
        List<OfficialAccount> own = admin.call(() -> accounts.list());
        if (!own.isEmpty()) {
            return own.get(0);
        }
        AccountDraft d = new AccountDraft();
        d.setNetworkId(bNetwork("vk").getId());
        d.setName("Администрация Б");
        d.setStatus(AccountStatus.ACTIVE);
        return admin.call(() -> accounts.save(d));
    }

    /**
     * One of B's own catalogue records with another record's id and version put in: what a
     * tampered client would send to overwrite that record (the boundary must look at the stored
     * row, not at the organisation the object claims).
     */
    private static <T> T forged(T own, long id, long version) throws ReflectiveOperationException {
        Field idField = own.getClass().getDeclaredField("id");
        idField.setAccessible(true);
        idField.set(own, id);
        Field versionField = own.getClass().getDeclaredField("version");
        versionField.setAccessible(true);
        versionField.set(own, version);
        return own;
    }

    private static Map<String, String> notProbedHere() {
        Map<String, String> m = new TreeMap<>();
        String timer = "a timer, observer or worker with no caller: it acts per organisation on the ids it finds";
        for (String k : List.of("DeadlineRecomputation.recompute", "DeadlineSweep.due", "DeadlineSweep.give",
                "DeadlineSweep.sweep", "MailSender.afterCommit", "MailSender.claim", "MailSender.record",
                "MailSender.sendSoon", "MailSender.sendWaiting", "MorningDigest.record", "MorningDigest.sendDue",
                "NotificationExpiry.expire", "Notifier.notify", "Notifier.onDeadlineAlarm", "Notifier.onMessageChanged",
                "Notifier.onWeekFallsShort", "Notifier.recipients", "ContentPlanCheck.check", "Blacklists.expireDue")) {
            m.put(k, timer);
        }
        for (String k : List.of("Logins.failed", "Logins.succeeded", "Logins.throttled", "Logins.loggedOut")) {
            m.put(k, "called by the login page for the login being checked; writes that user's own audit line");
        }
        String engine = "the working-time engine: answers for the organisation it is given (the public calculator"
                + " and the message desk pass the caller's); calendars, schedules and terms hold nothing private";
        for (String k : List.of("WorkingTimes.calculate", "WorkingTimes.changed", "WorkingTimes.due",
                "WorkingTimes.finalDue", "WorkingTimes.of", "WorkingTimes.organisationFor",
                "WorkingTimes.plusWorkingMinutes", "WorkingTimes.policy", "WorkingTimes.workingMinutesBetween",
                "WorkingTimes.zone", "WorkingTimes.time")) {
            m.put(k, engine);
        }
        for (String k : List.of("TextChecks.style", "TextChecks.defaultMaxSentenceWords", "TextChecks.abuse")) {
            m.put(k, "reads only the text it is given; stores nothing");
        }
        m.put("OpenApiResource.description", "the API's description, the same for everybody");
        m.put("HealthResource.health", "up or down, nothing of any organisation");
        for (String k : List.of("MessageImports.check", "MessageImports.preview", "MessageImports.run")) {
            m.put(k, "reads only the uploaded file and registers into the caller's organisation (organisation.id()),"
                    + " looking up only its networks and topics (MessageImportsIT)");
        }
        m.put("Staff.passwordWeakness", "judges the text it is given against the password rules; reads nothing stored");
        m.put("Staff.replaceOneTimePassword", "replaces only the caller's own password, and only while it is one-time");
        for (String k : List.of("FirstStart.pending", "FirstStart.draft", "FirstStart.complete")) {
            m.put(k, "the first start of the caller's own organisation (organisation.id(), locked), refused once"
                    + " configured (FirstStartIT)");
        }
        for (String k : List.of("CalendarBootstrap.seed", "CatalogueBootstrap.seed")) {
            m.put(k, "called by the server's own code for an organisation it has just created (the demo data set)");
        }
        for (String k : List.of("DemoData.load", "DemoData.remove", "DemoData.present")) {
            m.put(k, "acts on the demo data set's own organisation only, never on the caller's (DemoDataIT: every"
                    + " table of the real organisation unchanged)");
        }
        m.put("DemoData.accounts", "the demo's public logins, the same for everybody while the demo is loaded");
        m.put("WorkingCalendars.preview", "compares an uploaded year with the caller's own calendar (as year())");
        m.put("WorkingCalendars.apply", "replaces a year of the caller's own calendar, the path changeDay takes"
                + " (probed: A's calendar unchanged)");
        return m;
    }
}
