package ru.otklik.audit.entity;

/** An entity whose every change is written to the audit log. */
public interface Auditable {

    /** The organisation the record belongs to (the audit log is read per organisation). */
    Long auditOrganisationId();

    /** A short human name of the record for the log (a login, a settlement's name). */
    String auditLabel();

    /**
     * Whether the record's creation gets a line with all its fields. A record created in large
     * numbers by machines, with a history of its own from its first step (a message and its
     * timeline), says no: its later changes are still audited.
     */
    default boolean auditsCreation() {
        return true;
    }
}
