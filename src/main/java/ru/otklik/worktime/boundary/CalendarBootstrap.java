package ru.otklik.worktime.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.org.entity.Organisation;
import ru.otklik.worktime.control.CalendarDay;
import ru.otklik.worktime.control.CalendarYear;
import ru.otklik.worktime.control.ShippedCalendars;
import ru.otklik.worktime.entity.CalendarEntry;
import ru.otklik.worktime.entity.CalendarSource;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * On start, gives every organisation that has no production calendar yet the shipped years
 * 2024-2027 (loaded on first start, as the issue asks). The schedule and terms default to the
 * decree's until the administrator changes them.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("OrganisationBootstrap")
public class CalendarBootstrap {

    private static final Logger LOG = Logger.getLogger(CalendarBootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        for (Organisation org : em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList()) {
            seed(org.getId());
        }
    }

    /**
     * Gives one organisation the shipped production calendar where it has none (also a new one
     * made after the start, such as the demo data set's, issue 10). Changes nothing otherwise, so
     * any caller may ask.
     */
    public void seed(long organisationId) {
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null) {
            return;
        }
        boolean none = em.createNamedQuery(CalendarSource.OF_ORGANISATION, CalendarSource.class)
                .setParameter("org", org.getId()).setMaxResults(1).getResultList().isEmpty();
        if (none) {
            for (CalendarYear year : ShippedCalendars.all()) {
                em.persist(new CalendarSource(org.getId(), year.year(), year.source(), year.confirmed(),
                        clock.instant(), "system"));
                for (CalendarDay d : year.days().values()) {
                    em.persist(new CalendarEntry(org.getId(), d.date(), d.kind(), d.holiday(), d.movedFrom()));
                }
            }
            LOG.info(() -> "Loaded the production calendar " + ShippedCalendars.FIRST + "-" + ShippedCalendars.LAST
                    + " for \"" + org.getName() + "\"");
        }
    }
}
