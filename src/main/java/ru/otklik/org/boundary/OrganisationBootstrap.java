package ru.otklik.org.boundary;

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
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On the first start of an empty installation, creates the organisation the installation
 * serves. Its name and zone come from {@code OTKLIK_ORG_NAME} and {@code OTKLIK_ORG_TIME_ZONE}
 * when set; the first administrator completes the rest in the first-start wizard (setup).
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrations")
public class OrganisationBootstrap {

    static final String DEFAULT_NAME = "Администрация сельского поселения";
    private static final Logger LOG = Logger.getLogger(OrganisationBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void ensureOrganisation() {
        if (!em.createNamedQuery(Organisation.ALL, Organisation.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        String name = env("OTKLIK_ORG_NAME").orElse(DEFAULT_NAME);
        ZoneId zone = env("OTKLIK_ORG_TIME_ZONE").map(ZoneId::of).orElse(ZoneId.of("Europe/Moscow"));
        Organisation organisation = new Organisation(name, zone, clock.instant());
        em.persist(organisation);
        LOG.info(() -> "First start: created the organisation \"" + name + "\" (" + zone + ")");
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
