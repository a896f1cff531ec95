package ru.otklik.notify.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import ru.otklik.notify.entity.NotificationsCreated;
import ru.otklik.notify.entity.OutgoingMail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Sends the outbox through WildFly's mail session {@code java:jboss/mail/Otklik} (SMTP settings in
 * wildfly/mail.cli, from environment variables). Right after a transaction that wrote mails
 * commits, a sending runs asynchronously (R1.14: the head's mail leaves within seconds); a job
 * ({@link NotificationJobs}) sends what is waiting every minute, which is also the retry. Each
 * mail is claimed under a row lock first, so two nodes never send the same one, and its result
 * (sent, or the error and the next attempt) is recorded in a transaction of its own: a failing
 * mail server delays mails, never the work that caused them.
 * <p>
 * {@code @PermitAll}: it only sends what is due and tells nobody anything; addresses and texts
 * are never logged.
 */
@Stateless
@PermitAll
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    static final int BATCH = 50;
    static final Duration CLAIM = Duration.ofMinutes(2);
    private static final AtomicBoolean RUNNING = new AtomicBoolean();
    private static final AtomicBoolean AGAIN = new AtomicBoolean();
    /** The SMTP login, when the mail server wants one (wildfly/mail.cli explains why it is not in the session). */
    private static final String SMTP_USER = System.getenv("OTKLIK_SMTP_USER");
    private static final String SMTP_PASSWORD = System.getenv("OTKLIK_SMTP_PASSWORD");

    @Resource(lookup = "java:jboss/mail/Otklik")
    Session session;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsCreated created) {
        context.getBusinessObject(MailSender.class).sendSoon();
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendSoon() {
        sendWaiting();
    }

    /**
     * Sends every mail whose attempt is due; returns how many were sent. One sending at a time per
     * node: a call while one runs makes the running one look again when it is done, instead of
     * competing with it for the same rows.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendWaiting() {
        int sent = 0;
        do {
            if (!RUNNING.compareAndSet(false, true)) {
                AGAIN.set(true);
                return sent;
            }
            try {
                do {
                    AGAIN.set(false);
                    sent += sendDue();
                } while (AGAIN.get());
            } finally {
                RUNNING.set(false);
            }
        } while (AGAIN.get());
        return sent;
    }

    private int sendDue() {
        MailSender self = context.getBusinessObject(MailSender.class);
        int sent = 0;
        int failed = 0;
        List<Claimed> batch;
        do {
            try {
                batch = self.claim(clock.instant());
            } catch (RuntimeException busy) {
                // another node holds the rows (a lock wait or a deadlock): they are its to send
                LOG.fine(() -> "Mail outbox busy: " + busy);
                break;
            }
            for (Claimed mail : batch) {
                String error = send(mail);
                self.record(mail.id(), error);
                if (error == null) {
                    sent++;
                } else {
                    failed++;
                }
            }
        } while (batch.size() == BATCH && failed == 0);
        if (failed > 0) {
            int f = failed;
            LOG.warning(() -> f + " e-mails could not be sent; they are retried (see Settings > E-mail)");
        }
        return sent;
    }

    /** Claims up to {@value #BATCH} mails that are due, under a row lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claimed> claim(Instant now) {
        List<OutgoingMail> due = em.createQuery("SELECT o FROM OutgoingMail o WHERE o.sentAt IS NULL"
                        + " AND o.nextAttemptAt <= :now AND (o.claimedUntil IS NULL OR o.claimedUntil < :now)"
                        + " ORDER BY o.nextAttemptAt, o.id", OutgoingMail.class)
                .setParameter("now", now).setMaxResults(BATCH).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return due.stream().filter(o -> o.claim(now, now.plus(CLAIM)))
                .map(o -> new Claimed(o.getId(), o.getAddress(), o.getSubject(), o.getBody())).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long id, String error) {
        OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            return;
        }
        if (error == null) {
            mail.sent(clock.instant());
        } else {
            mail.failed(clock.instant(), error);
        }
    }

    /** Sends one mail; null when it was accepted by the mail server, else the error in words. */
    String send(Claimed mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.address(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            if (SMTP_USER == null || SMTP_USER.isBlank()) {
                Transport.send(message);
            } else {
                Transport.send(message, SMTP_USER, SMTP_PASSWORD);
            }
            return null;
        } catch (MessagingException | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (root != e ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
        }
    }

    public record Claimed(long id, String address, String subject, String body) {
    }
}
