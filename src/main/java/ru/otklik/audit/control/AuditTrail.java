package ru.otklik.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.otklik.audit.entity.ActionRecorded;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes the explicit {@link ActionRecorded} events of other components. Inside a transaction
 * the connection is the transaction's, so the line commits with it; outside one (a failed
 * login) it is written at once.
 */
@ApplicationScoped
public class AuditTrail {

    @Resource(lookup = "java:jboss/datasources/OtklikDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    void record(@Observes ActionRecorded action) {
        String actor = action.actor() == null ? Actor.current() : action.actor();
        AuditRecord record = new AuditRecord(action.organisationId(), Instant.now(clock), actor, action.action(),
                action.entityType(), action.entityId(), action.entityLabel(), action.changes());
        try (Connection connection = dataSource.getConnection()) {
            AuditWriter.insert(connection, record);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit log", e);
        }
    }
}
