package ru.otklik.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import ru.otklik.audit.entity.AuditEntry;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.control.CurrentOrganisation;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reading the audit log of the caller's organisation: newest first, searchable. The log is
 * written by the audit mechanism itself, never through this boundary.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CURATOR})
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    public List<AuditEntry> page(@NotNull AuditFilter filter, @Min(0) int offset, @Min(1) @Max(500) int limit) {
        return query(AuditEntry.class, "SELECT a", filter, " ORDER BY a.occurredAt DESC, a.id DESC")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(@NotNull AuditFilter filter) {
        return query(Long.class, "SELECT COUNT(a)", filter, "").getSingleResult();
    }

    /** The kinds of record the log holds for this organisation (for the filter). */
    public List<String> entityTypes() {
        return em.createQuery("SELECT DISTINCT a.entityType FROM AuditEntry a WHERE a.organisationId = :org"
                + " AND a.entityType IS NOT NULL ORDER BY a.entityType", String.class)
                .setParameter("org", organisation.id()).getResultList();
    }

    /** The history of one record, oldest first. */
    public List<AuditEntry> history(@NotNull String entityType, @NotNull String entityId) {
        return em.createNamedQuery(AuditEntry.FOR_ENTITY, AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultList()
                .stream()
                .filter(e -> e.getOrganisationId() == null || e.getOrganisationId() == organisation.id())
                .toList();
    }

    private <T> TypedQuery<T> query(Class<T> type, String select, AuditFilter filter, String order) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new RequestRefused("error.period.reversed");
        }
        ZoneId zone = organisation.zone();
        StringBuilder jpql = new StringBuilder(select).append(" FROM AuditEntry a WHERE a.organisationId = :org");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("org", organisation.id());
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" AND (LOWER(a.actor) LIKE :text ESCAPE '!' OR LOWER(a.action) LIKE :text ESCAPE '!'"
                    + " OR LOWER(a.entityLabel) LIKE :text ESCAPE '!' OR LOWER(a.entityType) LIKE :text ESCAPE '!'"
                    + " OR LOWER(a.changes) LIKE :text ESCAPE '!')");
            parameters.put("text", "%" + like(filter.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            jpql.append(" AND a.entityType = :type");
            parameters.put("type", filter.entityType());
        }
        if (filter.from() != null) {
            jpql.append(" AND a.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            jpql.append(" AND a.occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * Escapes LIKE wildcards so that a search for "50%" finds "50%". The escape character is
     * '!' because a backslash means something else in MariaDB's string literals.
     */
    static String like(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
