package ru.otklik.notify.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.base.ui.Translations;
import ru.otklik.message.entity.DeadlineAlarm;
import ru.otklik.message.entity.EventType;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageChanged;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.notify.entity.Notification;
import ru.otklik.notify.entity.NotificationKind;
import ru.otklik.notify.entity.NotificationSettings;
import ru.otklik.notify.entity.NotificationsCreated;
import ru.otklik.notify.entity.OutgoingMail;
import ru.otklik.security.entity.Role;
import ru.otklik.security.entity.StaffUser;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns events of the message desk into notifications and e-mails, inside the transaction of the
 * event itself (so they commit with it, or not at all):
 * <ul>
 *   <li>R1.14: a high-importance incident registered or re-classified as one, by any channel (the
 *       form, the REST API at night, an import): every active head and curator of the organisation;</li>
 *   <li>an executor named: the executor;</li>
 *   <li>a deadline's warning: the executor and the curators; overdue: the executor, the curators
 *       and the heads.</li>
 * </ul>
 * E-mails go to those whose settings ask for that kind and who have an address; they are sent
 * right after the commit ({@link MailSender}) and retried when the mail server fails.
 * {@code @PermitAll}: it runs in the caller's transaction and security context (a user, the REST
 * intake's INTAKE identity, or the deadline sweep), and offers no reading of data.
 */
@Stateless
@PermitAll
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailTexts texts;

    @Inject
    Event<NotificationsCreated> created;

    public void onMessageChanged(MessageChanged change) {
        if (change.becameHighImportance()) {
            Message m = em.find(Message.class, change.messageId());
            if (m != null && m.getClosedAt() == null) {
                notify(m.getOrganisationId(), recipients(m.getOrganisationId(), EnumSet.of(Role.HEAD, Role.CURATOR), null),
                        NotificationKind.HIGH_IMPORTANCE, m.getId(), m.getKind(), m.currentDueAt(), m.excerpt());
            }
        } else if (change.what() == EventType.EXECUTOR_ASSIGNED) {
            Message m = em.find(Message.class, change.messageId());
            if (m != null && m.getExecutor() != null) {
                notify(m.getOrganisationId(), List.of(m.getExecutor()), NotificationKind.ASSIGNED, m.getId(),
                        m.getKind(), m.currentDueAt(), m.excerpt());
            }
        }
    }

    public void onDeadlineAlarm(@Observes DeadlineAlarm alarm) {
        boolean overdue = alarm.stage() == DeadlineAlarm.Stage.OVERDUE;
        Set<Role> roles = overdue ? EnumSet.of(Role.CURATOR, Role.HEAD) : EnumSet.of(Role.CURATOR);
        notify(alarm.organisationId(), recipients(alarm.organisationId(), roles, alarm.executorId()),
                overdue ? NotificationKind.DEADLINE_OVERDUE : NotificationKind.DEADLINE_WARNING, alarm.messageId(),
                alarm.kind(), alarm.dueAt(), alarm.excerpt());
    }

    /**
     * R2.4: an account's week falls short of the weekly target: the SMM editors responsible for the
     * account (all SMM editors when nobody is) and the curators hear of it.
     */
    public void onWeekFallsShort(@Observes ru.otklik.content.entity.WeekFallsShort week) {
        List<StaffUser> to = new ArrayList<>(recipients(week.organisationId(),
                week.responsibleIds().isEmpty() ? Set.of(Role.CURATOR, Role.SMM_EDITOR) : Set.of(Role.CURATOR), null));
        for (Long id : week.responsibleIds()) {
            StaffUser user = em.find(StaffUser.class, id);
            if (user != null && user.isActive() && user.getOrganisation().getId() == week.organisationId()
                    && to.stream().noneMatch(u -> u.getId().equals(id))) {
                to.add(user);
            }
        }
        String figures = week.accountName().replace('|', '/') + "|" + week.weekStart() + "|"
                + (week.planned() + week.published()) + "|" + week.target();
        notify(week.organisationId(), to, NotificationKind.CONTENT_SHORTFALL, null, null, null, figures,
                (locale, zone) -> texts.about(NotificationKind.CONTENT_SHORTFALL, locale, zone, null, null, null,
                        week.accountName() + ": " + ru.otklik.base.ui.Formats.date(week.weekStart()) + ", "
                                + (week.planned() + week.published()) + "/" + week.target()));
    }

    /** Notifies each recipient once, in the app and (as their settings ask) by e-mail; returns how many. */
    public int notify(long organisationId, Collection<StaffUser> recipients, NotificationKind kind, Long messageId,
                      MessageKind messageKind, Instant dueAt, String excerpt) {
        return notify(organisationId, recipients, kind, messageId, messageKind, dueAt, excerpt,
                (locale, zone) -> texts.about(kind, locale, zone, messageId, messageKind, dueAt, excerpt));
    }

    /** As above, with the e-mail's words made per recipient language and organisation time zone. */
    public int notify(long organisationId, Collection<StaffUser> recipients, NotificationKind kind, Long messageId,
                      MessageKind messageKind, Instant dueAt, String excerpt,
                      BiFunction<Locale, ZoneId, MailTexts.Mail> mailText) {
        Instant now = clock.instant();
        ZoneId zone = null;
        List<Long> ids = new ArrayList<>();
        for (StaffUser user : recipients) {
            em.persist(new Notification(organisationId, user.getId(), kind, messageId,
                    messageKind == null ? null : messageKind.name(), dueAt, excerpt, now));
            ids.add(user.getId());
            if (wantsEmail(user, kind)) {
                if (zone == null) {
                    zone = user.getOrganisation().getZone();
                }
                Locale locale = Translations.supported(Locale.forLanguageTag(user.getLocale()));
                MailTexts.Mail mail = mailText.apply(locale, zone);
                em.persist(new OutgoingMail(organisationId, user.getId(), user.getEmail(), mail.subject(), mail.body(), now));
            }
        }
        if (!ids.isEmpty()) {
            created.fire(new NotificationsCreated(organisationId, ids, kind, messageId));
        }
        return ids.size();
    }

    /** Active staff of the organisation holding any of the roles, plus the one given by id; each once. */
    public List<StaffUser> recipients(long organisationId, Set<Role> roles, Long alsoUserId) {
        Map<Long, StaffUser> found = new LinkedHashMap<>();
        if (alsoUserId != null) {
            StaffUser user = em.find(StaffUser.class, alsoUserId);
            if (user != null && user.isActive() && user.getOrganisation().getId() == organisationId) {
                found.put(user.getId(), user);
            }
        }
        em.createQuery("SELECT DISTINCT u FROM StaffUser u JOIN u.roles r WHERE u.organisation.id = :org"
                        + " AND u.active = true AND r IN :roles ORDER BY u.id", StaffUser.class)
                .setParameter("org", organisationId).setParameter("roles", roles)
                .getResultList().forEach(u -> found.putIfAbsent(u.getId(), u));
        return new ArrayList<>(found.values());
    }

    private boolean wantsEmail(StaffUser user, NotificationKind kind) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        NotificationSettings settings = em.find(NotificationSettings.class, user.getId());
        return settings == null || settings.getEmailKinds().contains(kind);
    }
}
