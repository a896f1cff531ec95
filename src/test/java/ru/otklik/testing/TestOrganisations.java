package ru.otklik.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.org.entity.Organisation;
import ru.otklik.security.control.Passwords;
import ru.otklik.security.entity.Role;
import ru.otklik.security.entity.StaffUser;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/**
 * A fresh organisation as the first start leaves it (placeholder name, no officials, not
 * configured) with its own administrator holding a one-time password, written straight to the
 * database (a test fixture, not a boundary): the first-start tests complete it again and again
 * without a new server. Only for the {@code it-firststart} run: a second organisation would
 * change what other tests see (e.g. the deadlines API without {@code org}).
 */
@Stateless
@PermitAll
public class TestOrganisations {

    @PersistenceContext
    EntityManager em;

    /** A new unconfigured organisation and its administrator. */
    public NewAdmin createUnconfigured() {
        Organisation org = new Organisation("Администрация сельского поселения", ZoneId.of("Europe/Moscow"), Instant.now());
        em.persist(org);
        String login = Unique.login("fs-admin");
        String oneTime = Passwords.oneTime();
        StaffUser admin = new StaffUser(org, login, "Администратор", Passwords.hash(oneTime), true, Instant.now());
        admin.setRoles(EnumSet.of(Role.ADMIN));
        em.persist(admin);
        em.flush();
        return new NewAdmin(org.getId(), login, oneTime);
    }

    public Organisation organisation(long id) {
        em.clear();
        return em.find(Organisation.class, id);
    }

    /** How many weekdays of the organisation's schedule are stored. */
    public long scheduleRows(long organisationId) {
        return em.createQuery("SELECT COUNT(d) FROM ScheduleDay d WHERE d.organisationId = :org", Long.class)
                .setParameter("org", organisationId).getSingleResult();
    }

    /** The actions of the organisation's audit log, oldest first. */
    public List<String> auditActions(long organisationId) {
        return em.createQuery("SELECT a.action FROM AuditEntry a WHERE a.organisationId = :org ORDER BY a.id", String.class)
                .setParameter("org", organisationId).getResultList();
    }

    /** The administrator of a fresh organisation: login and one-time password. */
    public record NewAdmin(long organisationId, String login, String oneTimePassword) {
    }
}
