package ru.otklik.notify.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Forgets what nobody needs any more: notifications read more than {@code OTKLIK_NOTIFICATIONS_KEEP_DAYS}
 * (default 90) days ago, unread ones after a year, and sent e-mails after the same 90 days (the
 * message's timeline keeps the history). {@code @PermitAll}: it deletes only by age.
 */
@Stateless
@PermitAll
public class NotificationExpiry {

    private static final Logger LOG = Logger.getLogger(NotificationExpiry.class.getName());
    static final Duration KEEP = Duration.ofDays(days(System.getenv("OTKLIK_NOTIFICATIONS_KEEP_DAYS"), 90));
    static final Duration KEEP_UNREAD = Duration.ofDays(365);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public int expire() {
        Instant now = clock.instant();
        int read = em.createQuery("DELETE FROM Notification n WHERE n.readAt < :before")
                .setParameter("before", now.minus(KEEP)).executeUpdate();
        int unread = em.createQuery("DELETE FROM Notification n WHERE n.readAt IS NULL AND n.createdAt < :before")
                .setParameter("before", now.minus(KEEP_UNREAD)).executeUpdate();
        int mails = em.createQuery("DELETE FROM OutgoingMail o WHERE o.sentAt < :before")
                .setParameter("before", now.minus(KEEP)).executeUpdate();
        int total = read + unread + mails;
        if (total > 0) {
            LOG.info(() -> "Expired " + (read + unread) + " notifications and " + mails + " sent e-mails");
        }
        return total;
    }

    static long days(String configured, long fallback) {
        try {
            return configured == null || configured.isBlank() ? fallback : Math.max(1, Long.parseLong(configured.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
