package ru.otklik.demo.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.audit.entity.ActionRecorded;
import ru.otklik.audit.entity.FieldChange;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.demo.entity.DemoAccount;
import ru.otklik.org.entity.Organisation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The demo data set (issue 10): the one boundary the settings page, the first-start wizard and
 * {@code OTKLIK_DEMO} use. {@link #load()} writes a fictional settlement as an organisation of its
 * own (refused while one is loaded); {@link #remove()} deletes every row of that organisation in
 * dependency order in one transaction, and nothing else; {@link #accounts()} tells the login page
 * the demo logins and their known password, only while the demo is loaded. Loading and removing
 * are recorded in the caller's audit log. A member of the demo organisation may neither load nor
 * remove it (they would delete themselves).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoScript script;

    @Inject
    DemoRemoval removal;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    Clock clock;

    @Inject
    Event<ActionRecorded> audit;

    /** Loads the demo data set; refused while one is loaded. Returns the demo organisation's id. */
    public long load() {
        refuseDemoCaller();
        if (demo().isPresent()) {
            throw new RequestRefused("demo.error.present");
        }
        long id = script.load(clock.instant());
        audit.fire(new ActionRecorded(organisation.id(), null, "demo.loaded", "DemoData", String.valueOf(id),
                DemoScript.NAME, List.of()));
        LOG.info(() -> "Demo data loaded as organisation " + id);
        return id;
    }

    /** Removes the demo data set and everything that came to belong to it; nothing when none is loaded. */
    public boolean remove() {
        refuseDemoCaller();
        Optional<Organisation> demo = demo();
        if (demo.isEmpty()) {
            return false;
        }
        long id = demo.get().getId();
        Map<String, Integer> deleted = removal.delete(id);
        audit.fire(new ActionRecorded(organisation.id(), null, "demo.removed", "DemoData", String.valueOf(id),
                DemoScript.NAME, List.of(new FieldChange("rows", String.valueOf(
                        deleted.values().stream().mapToInt(Integer::intValue).sum()), null))));
        LOG.info(() -> "Demo data removed (organisation " + id + "): " + deleted);
        return true;
    }

    /** Whether the demo data set is loaded. */
    public boolean present() {
        return demo().isPresent();
    }

    /**
     * The demo logins with their known password, for the login page: empty unless the demo is
     * loaded. Anyone may ask: it reveals only what the login page shows anyway while it exists.
     */
    @PermitAll
    public List<DemoAccount> accounts() {
        return demo().isPresent() ? DemoScript.ACCOUNTS : List.of();
    }

    private Optional<Organisation> demo() {
        return em.createNamedQuery(Organisation.DEMO, Organisation.class).setMaxResults(1).getResultStream()
                .findFirst();
    }

    private void refuseDemoCaller() {
        Organisation own = em.find(Organisation.class, organisation.id());
        if (own != null && own.isDemo()) {
            throw new RequestRefused("demo.error.own");
        }
    }

}
