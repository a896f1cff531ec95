package ru.otklik.message.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.MessageStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JPQL behind the message grid and the list API: one organisation's messages filtered by
 * words, status, kind, network, topic, executor, period, overdue and due today, in a sort order
 * chosen from a fixed list of columns (never a column name from outside). Each condition matches
 * an index of the {@code message} table (V3__messages.sql).
 */
public final class MessageQuery {

    /** The conditions; every part optional (empty sets mean any). */
    public record Conditions(String text, Set<MessageStatus> statuses, Set<MessageKind> kinds, Set<Long> networks,
                             Set<Long> topics, Long executor, String executorLogin, LocalDate from, LocalDate to,
                             boolean overdue, boolean dueToday, boolean openOnly) {
    }

    /** Counts above this are "more than" (see {@link #countUpTo}). */
    public static final int COUNT_CAP = 10_000;

    private MessageQuery() {
    }

    /**
     * A page of messages with their network, topic and executor, in two steps: the ids of the page
     * first, then those rows. The ids come from an index wherever one serves the filter and the
     * order ({@code V4}, {@code V14}), so a deep page skips index entries instead of whole rows
     * and their joins (a "deferred join"; bench/messages.sh, offset 5,000 of a million).
     * {@code order} is {@link ru.otklik.message.boundary.MessageSort}'s clause over the aliases
     * m, n, t and e.
     */
    public static List<Message> page(EntityManager em, long organisationId, Conditions c, String order, int offset,
                                     int limit, Instant now, ZoneId zone) {
        StringBuilder select = new StringBuilder("SELECT m.id FROM Message m");
        // only the joins the order needs: an inner join to the networks would cost a lookup per skipped row
        if (order.contains(" n.")) {
            select.append(" JOIN m.network n");
        }
        if (order.contains(" t.")) {
            select.append(" LEFT JOIN m.topic t");
        }
        if (order.contains(" e.")) {
            select.append(" LEFT JOIN m.executor e");
        }
        List<Long> ids = create(em, Long.class, select.toString(), organisationId, c, order, now, zone)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Message> rows = new HashMap<>();
        em.createQuery("SELECT m FROM Message m JOIN FETCH m.network LEFT JOIN FETCH m.topic"
                        + " LEFT JOIN FETCH m.executor WHERE m.id IN :ids", Message.class)
                .setParameter("ids", ids).getResultList().forEach(m -> rows.put(m.getId(), m));
        // a row deleted between the two steps is left out, never shown as a gap
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * How many messages match, counted up to {@code cap + 1}: over a million rows an exact count
     * of a broad filter reads hundreds of thousands of index entries on every refresh, and nobody
     * scrolls that far; above the cap the grid says "more than" and grows as it is scrolled.
     */
    public static long countUpTo(EntityManager em, long organisationId, Conditions c, int cap, Instant now,
                                 ZoneId zone) {
        return create(em, Long.class, "SELECT m.id FROM Message m", organisationId, c, "", now, zone)
                .setMaxResults(cap + 1).getResultList().size();
    }

    public static <T> TypedQuery<T> create(EntityManager em, Class<T> type, String select, long organisationId,
                                           Conditions c, String order, Instant now, ZoneId zone) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE m.organisationId = :org");
        Map<String, Object> p = new HashMap<>();
        p.put("org", organisationId);
        if (c.executorLogin() != null) {
            jpql.append(" AND m.executor.login = :me");
            p.put("me", c.executorLogin());
        }
        if (c.text() != null && !c.text().isBlank()) {
            String text = c.text().strip().toLowerCase(Locale.ROOT);
            jpql.append(" AND (LOWER(m.text) LIKE :text ESCAPE '!' OR LOWER(m.authorName) LIKE :text ESCAPE '!'"
                    + " OR LOWER(m.url) LIKE :text ESCAPE '!'");
            if (text.matches("№?\\d{1,18}")) {
                jpql.append(" OR m.id = :number");
                p.put("number", Long.parseLong(text.replace("№", "")));
            }
            jpql.append(")");
            p.put("text", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (!c.statuses().isEmpty()) {
            jpql.append(" AND m.status IN :statuses");
            p.put("statuses", c.statuses());
        }
        if (!c.kinds().isEmpty()) {
            jpql.append(" AND m.kind IN :kinds");
            p.put("kinds", c.kinds());
        }
        if (!c.networks().isEmpty()) {
            jpql.append(" AND m.network.id IN :networks");
            p.put("networks", c.networks());
        }
        if (!c.topics().isEmpty()) {
            jpql.append(" AND m.topic.id IN :topics");
            p.put("topics", c.topics());
        }
        if (c.executor() != null) {
            jpql.append(" AND m.executor.id = :executor");
            p.put("executor", c.executor());
        }
        if (c.from() != null) {
            jpql.append(" AND m.detectedAt >= :from");
            p.put("from", c.from().atStartOfDay(zone).toInstant());
        }
        if (c.to() != null) {
            jpql.append(" AND m.detectedAt < :to");
            p.put("to", c.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (c.openOnly() || c.overdue() || c.dueToday()) {
            jpql.append(" AND m.closedAt IS NULL");
        }
        if (c.overdue()) {
            jpql.append(" AND m.currentDueAt < :now");
            p.put("now", now);
        }
        if (c.dueToday()) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            jpql.append(" AND m.currentDueAt >= :todayStart AND m.currentDueAt < :todayEnd");
            p.put("todayStart", today.atStartOfDay(zone).toInstant());
            p.put("todayEnd", today.plusDays(1).atStartOfDay(zone).toInstant());
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        p.forEach(q::setParameter);
        return q;
    }
}
