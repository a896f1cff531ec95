/**
 * Operations: {@code GET /api/v1/health} for a load balancer, a monitoring system or a person
 * after a restart. It answers without authentication (it names no record and no person: only
 * whether the database answers, whether the deadline sweep's timer exists and how many e-mails
 * wait or failed), with 200 when all is well and 503 otherwise, so a proxy can take a node whose
 * database is gone out of service.
 *
 * <p>A component of its own because it looks at several others (the message desk's timer, the
 * notification outbox) and nothing depends on it.
 */
package ru.otklik.health;
