package ru.otklik.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.entity.EventType;
import ru.otklik.message.entity.MessageStatus;
import ru.otklik.report.control.ReportMath;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * The report's grouped queries, each run asynchronously so that a report's scans of the covering
 * indexes (V7) run side by side; each reads one index range and never the messages' texts.
 */
@Stateless
@RolesAllowed({Roles.CURATOR, Roles.HEAD})
public class ReportQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    /** Counts by kind, status, network, topic, executor and ground, with the in-time flags summed. */
    @Asynchronous
    public Future<List<Object[]>> cube(long org, Instant from, Instant to, Instant now) {
        own(org);
        return new AsyncResult<>(em.createQuery("SELECT m.kind, m.status, m.network.id, m.topic.id, m.executor.id,"
                        + " m.noAnswerGround, COUNT(m),"
                        + " SUM(CASE WHEN m.status = :closed AND m.firstAnsweredAt <= m.dueAt AND (m.interimAnsweredAt IS NULL"
                        + " OR m.closedAt <= m.finalDueAt) THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN m.interimAnsweredAt IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN m.interimAnsweredAt IS NOT NULL AND m.status = :closed"
                        + " AND m.closedAt <= m.finalDueAt THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN m.closedAt IS NULL AND m.currentDueAt < :now THEN 1 ELSE 0 END)"
                        + " FROM Message m WHERE m.organisationId = :org AND m.detectedAt >= :from AND m.detectedAt < :to"
                        + " GROUP BY m.kind, m.status, m.network.id, m.topic.id, m.executor.id, m.noAnswerGround", Object[].class)
                .setParameter("closed", MessageStatus.CLOSED).setParameter("now", now).setParameter("org", org)
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    /** Counts per UTC hour (the dynamics). */
    @Asynchronous
    public Future<Map<Instant, Long>> hours(long org, Instant from, Instant to) {
        own(org);
        Map<Instant, Long> hours = new HashMap<>();
        em.createQuery("SELECT year(m.detectedAt), month(m.detectedAt), day(m.detectedAt), hour(m.detectedAt), COUNT(m)"
                        + " FROM Message m WHERE m.organisationId = :org AND m.detectedAt >= :from AND m.detectedAt < :to"
                        + " GROUP BY year(m.detectedAt), month(m.detectedAt), day(m.detectedAt), hour(m.detectedAt)",
                Object[].class).setParameter("org", org).setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(r -> hours.merge(ReportMath.hour(((Number) r[0]).intValue(),
                        ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue()),
                        ((Number) r[4]).longValue(), Long::sum));
        return new AsyncResult<>(hours);
    }

    /** How many first answers came after how many working minutes (the percentiles). */
    @Asynchronous
    public Future<Map<Integer, Long>> firstAnswerMinutes(long org, Instant from, Instant to) {
        own(org);
        Map<Integer, Long> minutes = new HashMap<>();
        em.createQuery("SELECT m.firstAnswerMinutes, COUNT(m) FROM Message m WHERE m.organisationId = :org"
                        + " AND m.detectedAt >= :from AND m.detectedAt < :to AND m.firstAnswerMinutes IS NOT NULL"
                        + " GROUP BY m.firstAnswerMinutes", Object[].class)
                .setParameter("org", org).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> minutes.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        return new AsyncResult<>(minutes);
    }

    /** Counts per topic (the previous period's, for the topics' trend). */
    @Asynchronous
    public Future<Map<Long, Long>> topics(long org, Instant from, Instant to) {
        own(org);
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT m.topic.id, COUNT(m) FROM Message m WHERE m.organisationId = :org"
                        + " AND m.detectedAt >= :from AND m.detectedAt < :to GROUP BY m.topic.id", Object[].class)
                .setParameter("org", org).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return new AsyncResult<>(counts);
    }

    /** Authors (by the name they write under) with more than one message, most first. */
    @Asynchronous
    public Future<List<Object[]>> repeatedAuthors(long org, Instant from, Instant to, int top) {
        own(org);
        return new AsyncResult<>(em.createQuery("SELECT m.authorName, COUNT(m) FROM Message m"
                        + " WHERE m.organisationId = :org AND m.detectedAt >= :from AND m.detectedAt < :to"
                        + " AND m.authorName IS NOT NULL GROUP BY m.authorName HAVING COUNT(m) > 1"
                        + " ORDER BY COUNT(m) DESC, m.authorName", Object[].class)
                .setParameter("org", org).setParameter("from", from).setParameter("to", to).setMaxResults(top)
                .getResultList());
    }

    /** Drafts the curator returned, of the period's messages. */
    @Asynchronous
    public Future<Long> draftsReturned(long org, Instant from, Instant to) {
        own(org);
        return new AsyncResult<>(em.createQuery("SELECT COUNT(ev) FROM MessageEvent ev, Message m WHERE ev.messageId = m.id"
                        + " AND ev.type = :returned AND m.organisationId = :org AND m.detectedAt >= :from AND m.detectedAt < :to",
                Long.class).setParameter("returned", EventType.DRAFT_RETURNED).setParameter("org", org)
                .setParameter("from", from).setParameter("to", to).getSingleResult());
    }

    /**
     * The organisation is an argument only so that the report's scans can run side by side; it must
     * be the caller's own (issue 9: a curator of one organisation never counts another's messages).
     */
    private void own(long org) {
        if (org != organisation.id()) {
            throw new RequestRefused("error.other-organisation");
        }
    }
}
