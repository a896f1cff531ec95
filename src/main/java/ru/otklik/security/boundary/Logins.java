package ru.otklik.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.audit.entity.ActionRecorded;
import ru.otklik.audit.entity.FieldChange;
import ru.otklik.security.entity.StaffUser;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The bookkeeping of logins: the audit lines of successful, failed and refused attempts and of
 * logouts, and the time of the last login. Open to anyone ({@code @PermitAll}) because it is
 * called before the caller is known; it never reveals whether a login exists.
 */
@Stateless
@PermitAll
public class Logins {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";
    public static final String LOGOUT = "LOGOUT";

    private static final Logger LOG = Logger.getLogger(Logins.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ActionRecorded> audit;

    @Inject
    Clock clock;

    public void succeeded(String login, String address) {
        em.createNamedQuery(StaffUser.LOGGED_IN).setParameter("at", clock.instant()).setParameter("login", login)
                .executeUpdate();
        record(login, login, LOGIN, address);
    }

    public void failed(String login, String address) {
        LOG.info(() -> "Failed login for \"" + printable(login) + "\" from " + address);
        record(login, login, LOGIN_FAILED, address);
    }

    public void throttled(String login, String address) {
        LOG.warning(() -> "Login for \"" + printable(login) + "\" from " + address + " refused: too many failures");
        record(login, login, LOGIN_THROTTLED, address);
    }

    public void loggedOut(String login) {
        record(login, login, LOGOUT, null);
    }

    private void record(String login, String actor, String action, String address) {
        Optional<StaffUser> user = em.createNamedQuery(StaffUser.BY_LOGIN, StaffUser.class)
                .setParameter("login", login).getResultStream().findFirst();
        if (user.isEmpty()) {
            return; // an unknown login belongs to no organisation's log; the server log has it
        }
        StaffUser u = user.get();
        audit.fire(new ActionRecorded(u.getOrganisation().getId(), actor, action, StaffUser.class.getSimpleName(),
                String.valueOf(u.getId()), u.getLogin(),
                address == null ? List.of() : List.of(new FieldChange("address", null, address))));
    }

    /** A login as typed may hold anything; logs get it without control characters, cut short. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
