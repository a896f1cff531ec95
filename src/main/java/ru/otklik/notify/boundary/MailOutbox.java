package ru.otklik.notify.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.notify.entity.OutgoingMail;

import java.time.Clock;
import java.util.List;

/** ADMIN's view of the e-mails: what was sent, what waits for a retry and why, and "send again". */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MailOutbox {

    public enum Show {
        ALL,
        WAITING,
        FAILED
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    Clock clock;

    public List<OutgoingMail> page(Show show, int offset, int limit) {
        return em.createQuery("SELECT o FROM OutgoingMail o WHERE o.organisationId = :org" + where(show)
                        + " ORDER BY o.createdAt DESC, o.id DESC", OutgoingMail.class)
                .setParameter("org", organisation.id()).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(Show show) {
        return em.createQuery("SELECT COUNT(o) FROM OutgoingMail o WHERE o.organisationId = :org" + where(show),
                Long.class).setParameter("org", organisation.id()).getSingleResult();
    }

    /** Sends a waiting or failed mail again at the next sending (within seconds). */
    public void retryNow(long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail == null || mail.getOrganisationId() != organisation.id()) {
            throw new RequestRefused("error.not-found");
        }
        mail.retryNow(clock.instant());
    }

    private static String where(Show show) {
        return switch (show) {
            case ALL -> "";
            case WAITING -> " AND o.sentAt IS NULL AND o.nextAttemptAt IS NOT NULL";
            case FAILED -> " AND o.sentAt IS NULL AND o.lastError IS NOT NULL";
        };
    }
}
