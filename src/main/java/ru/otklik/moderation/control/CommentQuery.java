package ru.otklik.moderation.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import ru.otklik.moderation.entity.CommentState;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JPQL behind the moderation queue: one organisation's comments filtered by account, state,
 * "flagged only", period and words, newest first (or oldest first), ending in the id so that
 * paging is stable. Each filter matches an index of {@code account_comment} (V10__moderation.sql).
 */
public final class CommentQuery {

    /**
     * The conditions; every part optional (empty sets mean any).
     *
     * @param visibleAccounts the accounts the caller may read at all ({@code null}: every account)
     */
    public record Conditions(String text, Set<Long> accounts, Set<CommentState> states, boolean flaggedOnly,
                             LocalDate from, LocalDate to, Set<Long> visibleAccounts) {
    }

    private CommentQuery() {
    }

    public static <T> TypedQuery<T> create(EntityManager em, Class<T> type, String select, long organisationId,
                                           Conditions c, String order, ZoneId zone) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE c.organisationId = :org");
        Map<String, Object> p = new HashMap<>();
        p.put("org", organisationId);
        if (c.visibleAccounts() != null) {
            jpql.append(" AND c.account.id IN :visible");
            p.put("visible", c.visibleAccounts().isEmpty() ? Set.of(-1L) : c.visibleAccounts());
        }
        if (!c.accounts().isEmpty()) {
            jpql.append(" AND c.account.id IN :accounts");
            p.put("accounts", c.accounts());
        }
        if (!c.states().isEmpty()) {
            jpql.append(" AND c.state IN :states");
            p.put("states", c.states());
        }
        if (c.flaggedOnly()) {
            jpql.append(" AND c.flagged = TRUE");
        }
        if (c.from() != null) {
            jpql.append(" AND c.postedAt >= :from");
            p.put("from", c.from().atStartOfDay(zone).toInstant());
        }
        if (c.to() != null) {
            jpql.append(" AND c.postedAt < :to");
            p.put("to", c.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (c.text() != null && !c.text().isBlank()) {
            jpql.append(" AND (LOWER(c.text) LIKE :text ESCAPE '!' OR LOWER(c.authorName) LIKE :text ESCAPE '!'"
                    + " OR c.authorId = :exact)");
            p.put("text", like(c.text()));
            p.put("exact", c.text().strip());
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        p.forEach(q::setParameter);
        return q;
    }

    /** A LIKE pattern for words anywhere, lower case, with the wildcards of the words escaped by '!'. */
    public static String like(String words) {
        String text = words.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** The queue's order: newest first by default, the id as tie-breaker in the same direction. */
    public static String orderBy(boolean oldestFirst) {
        return oldestFirst ? " ORDER BY c.postedAt ASC, c.id ASC" : " ORDER BY c.postedAt DESC, c.id DESC";
    }
}
