package ru.otklik.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.org.entity.Organisation;
import ru.otklik.security.control.Passwords;
import ru.otklik.security.entity.Role;
import ru.otklik.security.entity.StaffUser;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * On the first start, when the first organisation has no administrator, creates the user
 * {@code admin}. The password is {@code OTKLIK_ADMIN_PASSWORD} when set (and must then follow
 * the password rules); otherwise a one-time password is generated, printed once in the server
 * log, and must be replaced at the first login. It is never printed again.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("OrganisationBootstrap")
public class FirstAdmin {

    public static final String LOGIN = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void ensureAdmin() {
        List<Organisation> organisations = em.createNamedQuery(Organisation.ALL, Organisation.class)
                .setMaxResults(1).getResultList();
        if (organisations.isEmpty() || adminExists(organisations.get(0))) {
            return;
        }
        String fromEnvironment = System.getenv("OTKLIK_ADMIN_PASSWORD");
        boolean given = fromEnvironment != null && !fromEnvironment.isBlank();
        if (given) {
            Passwords.weakness(fromEnvironment, LOGIN).ifPresent(reason -> {
                throw new IllegalStateException("OTKLIK_ADMIN_PASSWORD is not acceptable: " + reason);
            });
        }
        if (!em.createNamedQuery(StaffUser.BY_LOGIN, StaffUser.class).setParameter("login", LOGIN)
                .getResultList().isEmpty()) {
            LOG.warning("The login \"admin\" exists but holds no active ADMIN role; no first admin is created");
            return;
        }
        String password = given ? fromEnvironment : Passwords.oneTime();
        StaffUser admin = new StaffUser(organisations.get(0), LOGIN, "Администратор", Passwords.hash(password),
                !given, clock.instant());
        admin.setRoles(EnumSet.of(Role.ADMIN));
        em.persist(admin);
        if (given) {
            LOG.info("First start: created the administrator \"admin\" with the password of OTKLIK_ADMIN_PASSWORD");
        } else {
            LOG.warning("First start: created the administrator \"admin\" with the one-time password "
                    + password + " (shown only this once; it must be changed at the first login)");
        }
    }

    private boolean adminExists(Organisation organisation) {
        return em.createNamedQuery(StaffUser.COUNT_ACTIVE_WITH_ROLE, Long.class)
                .setParameter("org", organisation.getId()).setParameter("role", Role.ADMIN)
                .getSingleResult() > 0;
    }
}
