package ru.otklik.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.content.control.AccountWeek;
import ru.otklik.content.control.WeekPlans;
import ru.otklik.content.control.WeekQueries;
import ru.otklik.content.entity.WeekFallsShort;
import ru.otklik.org.entity.Organisation;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;

/**
 * The weekly check of the content plan (R2.4): for every organisation, the current week and the
 * next one of every active account are compared with the weekly target; a week that falls short
 * is announced once ({@link WeekFallsShort}) so that the SMM editors and the curator can still
 * plan posts. Run by {@link ContentJobs}; the {@code content_warning} key makes it once per account
 * and week, also with two nodes. {@code @PermitAll}: it only reports what is due.
 */
@Stateless
@PermitAll
public class ContentPlanCheck {

    private static final Logger LOG = Logger.getLogger(ContentPlanCheck.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WeekQueries weekQueries;

    @Inject
    Event<WeekFallsShort> shortfalls;

    /** Checks every organisation's current and next week; returns how many weeks were announced. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int check() {
        int announced = 0;
        Instant now = clock.instant();
        for (Organisation org : em.createQuery("SELECT o FROM Organisation o ORDER BY o.id", Organisation.class)
                .getResultList()) {
            ZoneId zone = org.getZone();
            LocalDate thisWeek = WeekPlans.weekStart(now, zone);
            List<OfficialAccount> accounts = em.createNamedQuery(OfficialAccount.OF_ORGANISATION, OfficialAccount.class)
                    .setParameter("org", org.getId()).getResultList().stream()
                    .filter(a -> a.getStatus().planned()).toList();
            for (AccountWeek week : weekQueries.weeks(org.getId(), zone, org.getPostsPerWeek(), accounts,
                    List.of(thisWeek, thisWeek.plusWeeks(1)))) {
                if (week.count().fallsShort() && firstWarning(org.getId(), week, now)) {
                    OfficialAccount account = accounts.stream().filter(a -> a.getId() == week.accountId()).findFirst()
                            .orElseThrow();
                    shortfalls.fire(new WeekFallsShort(org.getId(), week.accountId(), week.accountName(),
                            account.getResponsibleIds(), week.count().weekStart(), week.count().planned(),
                            week.count().published(), week.count().target()));
                    announced++;
                }
            }
        }
        if (announced > 0) {
            LOG.info(() -> "Content plan: weeks short of the target announced");
        }
        return announced;
    }

    private boolean firstWarning(long org, AccountWeek week, Instant now) {
        int inserted = em.createNativeQuery("INSERT INTO content_warning (organisation_id, account_id, week_start,"
                        + " warned_at) SELECT ?1, ?2, ?3, ?4 FROM (SELECT 1 AS one) x WHERE NOT EXISTS (SELECT 1 FROM"
                        + " content_warning WHERE account_id = ?2 AND week_start = ?3)")
                .setParameter(1, org).setParameter(2, week.accountId()).setParameter(3, week.count().weekStart())
                .setParameter(4, now).executeUpdate();
        return inserted == 1;
    }
}
