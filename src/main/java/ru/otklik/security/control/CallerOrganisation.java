package ru.otklik.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.security.entity.StaffUser;

import java.security.Principal;
import java.time.ZoneId;

/**
 * The organisation of the logged-in staff member, looked up once per request and caller: the
 * answer is kept with the login it was found for, so that a request in which the caller changes
 * (a log-in, a run-as, a test acting as several people) never answers with the previous caller's
 * organisation (issue 9).
 */
@RequestScoped
public class CallerOrganisation implements CurrentOrganisation {

    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    private String login;
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
        String caller = principal == null ? null : principal.getName();
        if (id != null && caller != null && caller.equals(login)) {
            return;
        }
        Object[] row = em.createNamedQuery(StaffUser.ORGANISATION_OF, Object[].class)
                .setParameter("login", caller)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No staff member is logged in (" + caller + ")"));
        id = (Long) row[0];
        zone = ZoneId.of((String) row[1]);
        login = caller;
    }
}
