package ru.otklik.content.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.content.entity.Post;
import ru.otklik.content.entity.PostStatus;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the posts of the weeks asked for, in one query, and counts them per account with
 * {@link WeekPlans}. Used by the calendar's boundary (for the caller's organisation) and by the
 * weekly check (for every organisation).
 */
@Dependent
public class WeekQueries {

    @PersistenceContext
    EntityManager em;

    public List<AccountWeek> weeks(long org, ZoneId zone, int target, List<OfficialAccount> accounts,
                                   List<LocalDate> weeks) {
        if (accounts.isEmpty() || weeks.isEmpty()) {
            return List.of();
        }
        LocalDate first = weeks.stream().min(LocalDate::compareTo).map(WeekPlans::weekStart).orElseThrow();
        LocalDate last = weeks.stream().max(LocalDate::compareTo).map(WeekPlans::weekStart).orElseThrow();
        Instant start = WeekPlans.bounds(first, zone)[0];
        Instant end = WeekPlans.bounds(last, zone)[1];
        List<WeekPlans.Slot> slots = em.createQuery("SELECT DISTINCT p FROM Post p WHERE p.organisationId = :org"
                        + " AND p.status <> :cancelled AND ((p.plannedAt >= :start AND p.plannedAt < :end)"
                        + " OR (p.publishedAt >= :start AND p.publishedAt < :end))", Post.class)
                .setParameter("org", org).setParameter("cancelled", PostStatus.CANCELLED)
                .setParameter("start", start).setParameter("end", end).getResultList().stream()
                .map(p -> new WeekPlans.Slot(p.getAccountIds(), p.getStatus(), p.getWeekInstant())).toList();
        Map<Long, OfficialAccount> byId = new HashMap<>();
        accounts.forEach(a -> byId.put(a.getId(), a));
        List<WeekCount> counts = WeekPlans.count(slots, accounts.stream().map(OfficialAccount::getId).toList(), weeks,
                zone, target);
        return counts.stream().map(c -> {
            OfficialAccount a = byId.get(c.accountId());
            return new AccountWeek(c.accountId(), a.getName(), a.getNetwork().getName(), c);
        }).toList();
    }
}
