package ru.otklik.audit.boundary;

import java.time.LocalDate;

/**
 * What the audit view searches for; every part optional.
 *
 * @param text       words found in the actor, action, record or changes
 * @param entityType only records of this type (e.g. {@code StaffUser})
 * @param from       from this day (in the organisation's zone), inclusive
 * @param to         to this day, inclusive
 */
public record AuditFilter(String text, String entityType, LocalDate from, LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
