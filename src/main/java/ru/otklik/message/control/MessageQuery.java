package ru.otklik.message.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.MessageStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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

    private MessageQuery() {
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
