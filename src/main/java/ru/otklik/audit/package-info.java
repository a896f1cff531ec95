/**
 * The audit log (журнал действий): who did what to which record, and when, with the old and new
 * values of every changed field.
 *
 * <p>One mechanism serves every component: a Hibernate integrator listens to inserts, updates,
 * deletes and collection changes of entities that implement {@code Auditable} and writes an
 * entry in the same transaction, so a change and its trace commit or roll back together. Events
 * that change no entity (a login, a failed login, a revealed password) are fired as
 * {@code ActionRecorded} and written the same way. Secret fields are marked
 * {@code @AuditSecret}: the log says that they changed, never their values.
 */
package ru.otklik.audit;
