package ru.otklik.notify.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import ru.otklik.base.ui.Translations;
import ru.otklik.message.entity.Message;
import ru.otklik.notify.entity.NotificationKind;
import ru.otklik.org.entity.Organisation;
import ru.otklik.security.entity.Role;
import ru.otklik.security.entity.StaffUser;
import ru.otklik.worktime.boundary.WorkingTimes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The curator's morning digest: on each working day of the organisation (its calendar and
 * schedule), once the organisation's local time reaches {@code OTKLIK_DIGEST_TIME} (default
 * 08:30), every active curator gets the overdue messages and those due by the end of the day,
 * in the app and by e-mail. Checked every 5 minutes by {@link NotificationJobs}; the
 * {@code digest_sent} key makes it once per organisation and day, also with two nodes.
 * {@code @PermitAll}: it only sends what is due.
 */
@Stateless
@PermitAll
public class MorningDigest {

    private static final Logger LOG = Logger.getLogger(MorningDigest.class.getName());
    static final LocalTime DIGEST_TIME = time(System.getenv("OTKLIK_DIGEST_TIME"), LocalTime.of(8, 30));
    static final int LISTED = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WorkingTimes workingTimes;

    @Inject
    Notifier notifier;

    @Inject
    MailTexts texts;

    @Resource
    SessionContext context;

    /** Sends the digests that are due now; returns for how many organisations. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendDue() {
        int sent = 0;
        Instant now = clock.instant();
        for (Organisation org : em.createQuery("SELECT o FROM Organisation o ORDER BY o.id", Organisation.class)
                .getResultList()) {
            ZonedDateTime local = now.atZone(org.getZone());
            LocalDate today = local.toLocalDate();
            if (local.toLocalTime().isBefore(DIGEST_TIME) || !workingDay(org.getId(), today, org.getZone())) {
                continue;
            }
            if (claim(org.getId(), today, now)) {
                send(org, now, today.plusDays(1).atStartOfDay(org.getZone()).toInstant());
                sent++;
            }
        }
        return sent;
    }

    /** The day's digest of the organisation is this node's to send: false when it was sent already. */
    private boolean claim(long org, LocalDate day, Instant now) {
        boolean sentBefore = em.createNativeQuery("SELECT COUNT(*) FROM digest_sent WHERE organisation_id = ?1"
                + " AND digest_day = ?2").setParameter(1, org).setParameter(2, day).getSingleResult() instanceof Number n
                && n.longValue() > 0;
        if (sentBefore) {
            return false;
        }
        try {
            context.getBusinessObject(MorningDigest.class).record(org, day, now);
            return true;
        } catch (EJBException | PersistenceException twoNodesAtOnce) {
            return false; // the other node's insert won
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long org, LocalDate day, Instant now) {
        em.createNativeQuery("INSERT INTO digest_sent (organisation_id, digest_day, sent_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, org).setParameter(2, day).setParameter(3, now).executeUpdate();
    }

    void send(Organisation org, Instant now, Instant endOfDay) {
        List<Message> overdue = open(org.getId(), Instant.EPOCH, now);
        List<Message> today = open(org.getId(), now, endOfDay);
        List<StaffUser> curators = notifier.recipients(org.getId(), EnumSet.of(Role.CURATOR), null);
        String figures = overdue.size() + "/" + today.size();
        notifier.notify(org.getId(), curators, NotificationKind.DIGEST, null, null, null, figures,
                (locale, zone) -> mail(locale, zone, overdue, today));
        LOG.info(() -> "Morning digest of organisation " + org.getId() + ": " + figures + " (overdue/due today) to "
                + curators.size() + " curators");
    }

    private List<Message> open(long org, Instant from, Instant to) {
        return em.createQuery("SELECT m FROM Message m WHERE m.organisationId = :org AND m.closedAt IS NULL"
                        + " AND m.currentDueAt >= :from AND m.currentDueAt < :to ORDER BY m.currentDueAt, m.id",
                Message.class).setParameter("org", org).setParameter("from", from).setParameter("to", to)
                .setMaxResults(LISTED + 1).getResultList();
    }

    private MailTexts.Mail mail(Locale locale, ZoneId zone, List<Message> overdue, List<Message> today) {
        StringBuilder body = new StringBuilder(Translations.translate("mail.DIGEST.body", locale,
                count(overdue), count(today)));
        section(body, locale, zone, "mail.DIGEST.overdue", overdue);
        section(body, locale, zone, "mail.DIGEST.today", today);
        body.append("\n\n").append(texts.baseUrl()).append("/control\n\n-- \n")
                .append(Translations.translate("mail.footer", locale, texts.baseUrl() + "/notifications"));
        return new MailTexts.Mail(Translations.translate("mail.DIGEST.subject", locale, count(overdue), count(today)),
                body.toString());
    }

    private void section(StringBuilder body, Locale locale, ZoneId zone, String key, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        body.append("\n\n").append(Translations.translate(key, locale)).append('\n');
        messages.stream().limit(LISTED).forEach(m -> body.append("  №").append(m.getId()).append("  ")
                .append(MailTexts.WHEN.format(m.currentDueAt().atZone(zone))).append("  ")
                .append(Translations.translate("message.kind." + m.getKind().name() + ".short", locale)).append("  ")
                .append(MailTexts.oneLine(m.excerpt())).append('\n'));
    }

    private static String count(List<Message> messages) {
        return messages.size() > LISTED ? LISTED + "+" : String.valueOf(messages.size());
    }

    private boolean workingDay(long org, LocalDate day, ZoneId zone) {
        return workingTimes.workingMinutesBetween(org, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant()) > 0;
    }

    static LocalTime time(String configured, LocalTime fallback) {
        try {
            return configured == null || configured.isBlank() ? fallback : LocalTime.parse(configured.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
