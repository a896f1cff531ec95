package ru.otklik.audit.control;

import ru.otklik.audit.entity.FieldChange;

import java.time.Instant;
import java.util.List;

/** An audit line about to be written. */
record AuditRecord(Long organisationId, Instant occurredAt, String actor, String action,
                   String entityType, String entityId, String entityLabel, List<FieldChange> changes) {
}
