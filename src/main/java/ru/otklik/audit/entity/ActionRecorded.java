package ru.otklik.audit.entity;

import java.util.List;

/**
 * An action worth a line in the audit log that no entity change records by itself (a login, a
 * failed login, a password shown). Fired as a CDI event; written in the firing transaction.
 *
 * @param organisationId the organisation, or {@code null} when unknown (a failed login)
 * @param actor          who did it; {@code null} means the current caller
 */
public record ActionRecorded(Long organisationId, String actor, String action, String entityType,
                             String entityId, String entityLabel, List<FieldChange> changes) {

    public ActionRecorded {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
