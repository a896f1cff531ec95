package ru.otklik.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.org.entity.Organisation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The documented command of issue 10: {@code OTKLIK_DEMO=load} at start loads the demo data set
 * when none is loaded, {@code OTKLIK_DEMO=remove} removes it; unset, nothing happens. Runs once
 * at start-up, after the first organisation, its administrator, calendar and catalogue exist.
 */
@Singleton
@Startup
@PermitAll
@DependsOn({"FirstAdmin", "CalendarBootstrap", "CatalogueBootstrap"})
public class DemoStartup {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoScript script;

    @Inject
    DemoRemoval removal;

    @Inject
    Clock clock;

    @PostConstruct
    void onStart() {
        String command = System.getenv("OTKLIK_DEMO");
        if (command == null || command.isBlank()) {
            return;
        }
        List<Organisation> demo = em.createNamedQuery(Organisation.DEMO, Organisation.class).getResultList();
        switch (command.strip().toLowerCase(Locale.ROOT)) {
            case "load" -> {
                if (demo.isEmpty()) {
                    long id = script.load(clock.instant());
                    LOG.info(() -> "OTKLIK_DEMO=load: loaded the demo data set (organisation " + id
                            + "); logins demo.admin, demo.head, ... with the password " + DemoScript.PASSWORD);
                } else {
                    LOG.info("OTKLIK_DEMO=load: the demo data set is loaded already");
                }
            }
            case "remove" -> demo.forEach(o -> {
                var deleted = removal.delete(o.getId());
                LOG.info(() -> "OTKLIK_DEMO=remove: removed the demo data set: " + deleted);
            });
            default -> LOG.warning(() -> "OTKLIK_DEMO=" + command + " is neither load nor remove; ignored");
        }
    }
}
