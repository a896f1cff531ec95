package ru.otklik.audit.entity;

/** An entity whose every change is written to the audit log. */
public interface Auditable {

    /** The organisation the record belongs to (the audit log is read per organisation). */
    Long auditOrganisationId();

    /** A short human name of the record for the log (a login, a settlement's name). */
    String auditLabel();
}
