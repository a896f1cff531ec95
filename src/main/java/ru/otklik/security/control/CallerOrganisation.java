package ru.otklik.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.security.entity.StaffUser;

import java.security.Principal;
import java.time.ZoneId;

/** The organisation of the logged-in staff member, looked up once per request. */
@RequestScoped
public class CallerOrganisation implements CurrentOrganisation {

    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    private Long id;
    private ZoneId zone;

    @Override
    public long id() {
        resolve();
        return id;
    }

    @Override
    public ZoneId zone() {
        resolve();
        return zone;
    }

    private void resolve() {
        if (id != null) {
            return;
        }
        String login = principal == null ? null : principal.getName();
        Object[] row = em.createNamedQuery(StaffUser.ORGANISATION_OF, Object[].class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No staff member is logged in (" + login + ")"));
        id = (Long) row[0];
        zone = ZoneId.of((String) row[1]);
    }
}
