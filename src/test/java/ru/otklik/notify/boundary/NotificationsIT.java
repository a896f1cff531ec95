package ru.otklik.notify.boundary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.message.boundary.ApiTokens;
import ru.otklik.message.boundary.DeadlineSweep;
import ru.otklik.message.boundary.MessageFilter;
import ru.otklik.message.boundary.Messages;
import ru.otklik.message.boundary.NewMessage;
import ru.otklik.message.entity.EventType;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.NoAnswerGround;
import ru.otklik.notify.entity.Notification;
import ru.otklik.notify.entity.NotificationKind;
import ru.otklik.notify.entity.OutgoingMail;
import ru.otklik.security.boundary.Staff;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.TestClock;
import ru.otklik.testing.Unique;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 on the real server with a real SMTP server (GreenMail, started inside the server's JVM
 * on the port the server's mail session is configured with): R1.14's immediate mail and in-app
 * notification for a high-importance incident, also through the REST API at night; none for an
 * ordinary incident; the retry after the SMTP server was down; and the deadline sweep's warning
 * and overdue notice, each once, at the working-time instants (R1.7), with a stopped clock.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    /** Monday 07.12.2026 08:00 in Moscow: the start of a working day (schedule 8-17, lunch 12-13). */
    static final Instant MONDAY_8 = Instant.parse("2026-12-07T05:00:00Z");
    /** Sunday 06.12.2026 03:30 in Moscow: night, a day off. */
    static final Instant SUNDAY_NIGHT = Instant.parse("2026-12-06T00:30:00Z");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(NotificationsIT.class, TestClock.class, TestClock.Stoppable.class)
                .addAsLibraries(Deployments.jarOf(GreenMail.class));
    }

    @EJB
    Messages messages;

    @EJB
    Notifications notifications;

    @EJB
    MailOutbox outbox;

    @EJB
    MailSender sender;

    @EJB
    DeadlineSweep sweep;

    @EJB
    MorningDigest digest;

    @EJB
    ApiTokens tokens;

    @EJB
    Staff staff;

    private static Team team;
    private GreenMail smtp;

    @BeforeEach
    void setUp() throws Exception {
        if (team == null) {
            team = Team.create(staff);
        }
    }

    @AfterEach
    void tearDown() {
        TestClock.release();
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("OTKLIK_SMTP_PORT")), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @Test
    void aHighImportanceIncidentThroughTheApiAtNightReachesTheHeadAndCuratorWithinFiveSeconds_R1_14() throws Exception {
        startSmtp();
        TestClock.stopAt(SUNDAY_NIGHT);
        String token = As.admin(() -> tokens.create("Мониторинг " + Unique.login("t"))).text();
        long ordinary = post(token, "INCIDENT", "Мусор не вывезли");
        long urgent = post(token, "HIGH_IMPORTANCE", "Прорыв трубы, вода заливает подъезд");

        List<MimeMessage> toHead = mailsTo(team.head().email(), "№" + urgent, Duration.ofSeconds(5));
        List<MimeMessage> toCurator = mailsTo(team.curator().email(), "№" + urgent, Duration.ofSeconds(5));
        assertThat(toHead).hasSize(1);
        assertThat(toCurator).hasSize(1);
        MimeMessage mail = toHead.get(0);
        assertThat(mail.getSubject()).isEqualTo("Инцидент повышенной важности №" + urgent);
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(decoded(mail)).contains("Прорыв трубы", "http://otklik.test/message/" + urgent,
                "07.12.2026"); // 4 working hours from a Sunday night: Monday 07.12 by noon
        assertThat(body).isNotBlank();

        assertThat(unread(team.head(), NotificationKind.HIGH_IMPORTANCE, urgent)).hasSize(1);
        assertThat(unread(team.curator(), NotificationKind.HIGH_IMPORTANCE, urgent)).hasSize(1);
        assertThat(unread(team.operator(), NotificationKind.HIGH_IMPORTANCE, urgent)).isEmpty();
        // an ordinary incident is no emergency: no notification, no mail
        assertThat(unread(team.head(), NotificationKind.HIGH_IMPORTANCE, ordinary)).isEmpty();
        assertThat(mailsTo(team.head().email(), "№" + ordinary, Duration.ZERO)).isEmpty();
        assertThat(outboxFor(team.head().email())).noneMatch(o -> o.getSubject().contains("№" + ordinary));
    }

    @Test
    void reclassifyingToHighImportanceNotifiesTheHeadOnce_R1_14() throws Exception {
        Message m = register(MessageKind.INCIDENT, Instant.now().minusSeconds(60), "Обычное сообщение");
        assertThat(unread(team.head(), NotificationKind.HIGH_IMPORTANCE, m.getId())).isEmpty();
        Message again = team.operator().call(() -> messages.classify(m.getId(), m.getVersion(),
                MessageKind.HIGH_IMPORTANCE, null));
        assertThat(unread(team.head(), NotificationKind.HIGH_IMPORTANCE, m.getId())).hasSize(1);
        team.operator().call(() -> messages.classify(m.getId(), again.getVersion(), MessageKind.HIGH_IMPORTANCE, null));
        assertThat(unread(team.head(), NotificationKind.HIGH_IMPORTANCE, m.getId())).hasSize(1);
    }

    @Test
    void aMailIsRetriedAfterTheSmtpServerWasDownAndTheMessageIsRegisteredAnyway() throws Exception {
        // no SMTP server listening
        Message m = register(MessageKind.HIGH_IMPORTANCE, Instant.now().minusSeconds(60), "Пожар на складе");
        assertThat(m.getId()).isNotNull();
        OutgoingMail failed = waitFor(() -> outboxFor(team.head().email()).stream()
                .filter(o -> o.getSubject().contains("№" + m.getId()) && o.getLastError() != null).findFirst()
                .orElse(null), Duration.ofSeconds(10));
        assertThat(failed.isSent()).isFalse();
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getNextAttemptAt()).isAfter(Instant.now().plusSeconds(30)); // a pause before the retry
        assertThat(As.admin(() -> outbox.count(MailOutbox.Show.FAILED))).isPositive();
        // the message itself is there, whatever the mail server did
        assertThat(team.curator().call(() -> messages.details(m.getId())).message().getKind())
                .isEqualTo(MessageKind.HIGH_IMPORTANCE);

        startSmtp();
        As.admin(() -> outbox.retryNow(failed.getId()));
        sender.sendWaiting();
        assertThat(mailsTo(team.head().email(), "№" + m.getId(), Duration.ofSeconds(5))).hasSize(1);
        OutgoingMail sent = outboxFor(team.head().email()).stream().filter(o -> o.getId().equals(failed.getId()))
                .findFirst().orElseThrow();
        assertThat(sent.isSent()).isTrue();
        assertThat(sent.getAttempts()).isEqualTo(2);
        sender.sendWaiting();
        assertThat(mailsTo(team.head().email(), "№" + m.getId(), Duration.ZERO)).hasSize(1); // sent once only
    }

    @Test
    void warningAndOverdueFireOnceEachAtTheirWorkingTimeInstants_R1_7() throws Exception {
        TestClock.stopAt(MONDAY_8);
        String words = "провал асфальта " + Unique.login("w");
        Message m = register(MessageKind.HIGH_IMPORTANCE, MONDAY_8, "Сообщение: " + words);
        long id = m.getId();
        Instant due = Instant.parse("2026-12-07T09:00:00Z");  // 12:00 in Moscow: 4 working hours after 8:00
        Instant warn = Instant.parse("2026-12-07T08:30:00Z"); // 11:30: 30 working minutes left
        assertThat(m.getDueAt()).isEqualTo(due);
        assertThat(m.getWarnAt()).isEqualTo(warn);

        at(warn.minusSeconds(1));
        assertThat(events(id, EventType.DEADLINE_WARNING)).isZero();
        at(warn);
        assertThat(events(id, EventType.DEADLINE_WARNING)).isEqualTo(1);
        assertThat(unread(team.curator(), NotificationKind.DEADLINE_WARNING, id)).hasSize(1);
        assertThat(unread(team.head(), NotificationKind.DEADLINE_WARNING, id)).isEmpty();
        at(warn.plusSeconds(60));
        assertThat(events(id, EventType.DEADLINE_WARNING)).isEqualTo(1);

        at(due); // the deadline itself is still in time
        assertThat(events(id, EventType.DEADLINE_OVERDUE)).isZero();
        assertThat(overdueInGrid(id, words)).isFalse();
        at(due.plusSeconds(1));
        assertThat(events(id, EventType.DEADLINE_OVERDUE)).isEqualTo(1);
        assertThat(unread(team.head(), NotificationKind.DEADLINE_OVERDUE, id)).hasSize(1);
        assertThat(unread(team.curator(), NotificationKind.DEADLINE_OVERDUE, id)).hasSize(1);
        assertThat(overdueInGrid(id, words)).isTrue();
        at(due.plusSeconds(3600));
        assertThat(events(id, EventType.DEADLINE_OVERDUE)).isEqualTo(1);
        assertThat(events(id, EventType.DEADLINE_WARNING)).isEqualTo(1);
        assertThat(unread(team.curator(), NotificationKind.DEADLINE_WARNING, id)).hasSize(1);
    }

    @Test
    void aMessageAnsweredInTimeNeverEscalates() throws Exception {
        TestClock.stopAt(MONDAY_8);
        Message m = register(MessageKind.INCIDENT, MONDAY_8, "Угрожаю всем");
        TestClock.stopAt(MONDAY_8.plusSeconds(600));
        team.operator().call(() -> messages.closeNoAnswer(m.getId(), m.getVersion(), NoAnswerGround.THREAT_TO_OFFICIAL, null));
        at(MONDAY_8.plus(Duration.ofDays(3)));
        assertThat(events(m.getId(), EventType.DEADLINE_WARNING)).isZero();
        assertThat(events(m.getId(), EventType.DEADLINE_OVERDUE)).isZero();
        assertThat(unread(team.curator(), NotificationKind.DEADLINE_OVERDUE, m.getId())).isEmpty();
    }

    @Test
    void theCuratorsMorningDigestComesOnWorkingDaysOnceAfterItsTime() throws Exception {
        Message overdue = register(MessageKind.INCIDENT, Instant.now().minusSeconds(60), "Для сводки");
        TestClock.stopAt(Instant.parse("2026-12-13T06:00:00Z")); // Sunday 13.12, 09:00 in Moscow: a day off
        assertThat(digest.sendDue()).isZero();
        TestClock.stopAt(Instant.parse("2026-12-14T05:29:00Z")); // Monday 14.12, 08:29: not yet
        assertThat(digest.sendDue()).isZero();
        assertThat(unreadDigests()).isEmpty();
        TestClock.stopAt(Instant.parse("2026-12-14T05:31:00Z")); // 08:31
        digest.sendDue(); // (the job may have been first: either way, one digest)
        List<Notification> digests = unreadDigests();
        assertThat(digests).hasSize(1);
        String[] figures = digests.get(0).getExcerpt().split("/");
        assertThat(Long.parseLong(figures[0])).isPositive(); // at least the message registered above is overdue
        assertThat(overdue.getDueAt()).isBefore(Instant.parse("2026-12-14T05:31:00Z"));
        assertThat(digest.sendDue()).isZero();
        assertThat(unreadDigests()).hasSize(1);
        assertThat(unread(team.head(), NotificationKind.DIGEST, 0)).isEmpty();
    }

    private List<Notification> unreadDigests() throws Exception {
        return team.curator().call(() -> notifications.page(true, 0, 1000)).stream()
                .filter(n -> n.getKind() == NotificationKind.DIGEST
                        && n.getCreatedAt().equals(Instant.parse("2026-12-14T05:31:00Z"))).toList();
    }

    // ---------------------------------------------------------------- helpers

    private void at(Instant now) {
        TestClock.stopAt(now);
        sweep.sweep();
    }

    private Message register(MessageKind kind, Instant detectedAt, String text) throws Exception {
        NewMessage in = new NewMessage();
        in.setKind(kind);
        in.setNetwork("vk");
        in.setUrl("https://vk.com/wall-1_" + Unique.login("n"));
        in.setText(text);
        in.setDetectedAt(detectedAt);
        return team.operator().call(() -> messages.register(in).message());
    }

    private long events(long id, EventType type) throws Exception {
        return team.curator().call(() -> messages.details(id)).timeline().stream()
                .filter(e -> e.getType() == type).count();
    }

    /** Whether the curator's grid, filtered to overdue messages (and the test's words), shows the message. */
    private boolean overdueInGrid(long id, String words) throws Exception {
        MessageFilter overdue = new MessageFilter(words, null, null, null, null, null, null, null, true, false, false);
        return team.curator().call(() -> messages.page(overdue, List.of(), 0, 50)).stream()
                .anyMatch(m -> m.getId() == id);
    }

    private List<Notification> unread(Team.Member member, NotificationKind kind, long messageId) throws Exception {
        return member.call(() -> notifications.page(true, 0, 1000)).stream()
                .filter(n -> n.getKind() == kind && Long.valueOf(messageId).equals(n.getMessageId())).toList();
    }

    private List<OutgoingMail> outboxFor(String address) throws Exception {
        return As.admin(() -> outbox.page(MailOutbox.Show.ALL, 0, 10_000)).stream()
                .filter(o -> o.getAddress().equals(address)).toList();
    }

    private long post(String token, String kind, String text) throws Exception {
        String body = Json.createObjectBuilder().add("source", "Мониторинг").add("externalId", Unique.login("e"))
                .add("network", "vk").add("kind", kind).add("detectedAt", SUNDAY_NIGHT.minusSeconds(120).toString())
                .add("text", text).build().toString();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ru.otklik.testing.Server.url("/api/v1/messages"))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Json.createReader(new java.io.StringReader(r.body())).readObject().getJsonNumber("id").longValue();
    }

    /** The mails to the address whose subject contains the text, waiting up to {@code wait} for one to arrive. */
    private List<MimeMessage> mailsTo(String address, String subjectPart, Duration wait) throws Exception {
        long until = System.nanoTime() + wait.toNanos();
        while (true) {
            List<MimeMessage> found = smtp == null ? List.of() : Arrays.stream(smtp.getReceivedMessages())
                    .filter(mail -> to(mail, address) && subject(mail).contains(subjectPart)).toList();
            if (!found.isEmpty() || System.nanoTime() > until) {
                return found;
            }
            Thread.sleep(100);
        }
    }

    private static boolean to(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String decoded(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }

    private static <T> T waitFor(Callable<T> probe, Duration wait) throws Exception {
        long until = System.nanoTime() + wait.toNanos();
        T value;
        while ((value = probe.call()) == null) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + wait);
            }
            Thread.sleep(200);
        }
        return value;
    }
}
