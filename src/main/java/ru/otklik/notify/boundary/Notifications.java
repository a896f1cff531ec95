package ru.otklik.notify.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.notify.entity.Notification;
import ru.otklik.notify.entity.NotificationKind;
import ru.otklik.notify.entity.NotificationSettings;
import ru.otklik.security.entity.StaffUser;

import java.security.Principal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A staff member's own notifications: the unread count, the list, marking read, e-mail settings. */
@Stateless
@RolesAllowed({Roles.HEAD, Roles.CURATOR, Roles.OPERATOR, Roles.EXECUTOR, Roles.SMM_EDITOR, Roles.MODERATOR,
        Roles.ADMIN})
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal principal;

    @Inject
    Clock clock;

    public long unread() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :me AND n.readAt IS NULL",
                Long.class).setParameter("me", me().getId()).getSingleResult();
    }

    public List<Notification> page(boolean unreadOnly, int offset, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipientId = :me"
                        + (unreadOnly ? " AND n.readAt IS NULL" : "") + " ORDER BY n.createdAt DESC, n.id DESC",
                Notification.class).setParameter("me", me().getId()).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long count(boolean unreadOnly) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :me"
                + (unreadOnly ? " AND n.readAt IS NULL" : ""), Long.class).setParameter("me", me().getId())
                .getSingleResult();
    }

    public void markRead(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || n.getRecipientId() != me().getId()) {
            throw new RequestRefused("error.not-found");
        }
        n.markRead(clock.instant());
    }

    public int markAllRead() {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipientId = :me AND n.readAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("me", me().getId()).executeUpdate();
    }

    /** The kinds this user also receives by e-mail (all, until they choose). */
    public Set<NotificationKind> emailKinds() {
        NotificationSettings settings = em.find(NotificationSettings.class, me().getId());
        return settings == null ? EnumSet.allOf(NotificationKind.class) : settings.getEmailKinds();
    }

    public void saveEmailKinds(Set<NotificationKind> kinds) {
        long id = me().getId();
        NotificationSettings settings = em.find(NotificationSettings.class, id);
        if (settings == null) {
            settings = new NotificationSettings(id);
            em.persist(settings);
        }
        settings.setEmailKinds(kinds == null ? EnumSet.noneOf(NotificationKind.class) : kinds);
    }

    /** Whether the user has an e-mail address at all (otherwise the settings explain why nothing arrives). */
    public boolean hasEmail() {
        String email = me().getEmail();
        return email != null && !email.isBlank();
    }

    /** The current user's id (screens listen for their own notifications). */
    public long myId() {
        return me().getId();
    }

    private StaffUser me() {
        return em.createNamedQuery(StaffUser.BY_LOGIN, StaffUser.class).setParameter("login", principal.getName())
                .getResultStream().findFirst().orElseThrow(() -> new RequestRefused("error.not-found"));
    }
}
