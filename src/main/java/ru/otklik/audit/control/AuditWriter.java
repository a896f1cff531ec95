package ru.otklik.audit.control;

import ru.otklik.audit.entity.AuditEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * Writes audit lines with plain JDBC on the connection of the running transaction, so that an
 * entry commits or rolls back with the change it describes. Texts are cut to the column sizes.
 */
final class AuditWriter {

    private static final String INSERT = "INSERT INTO audit_entry (organisation_id, occurred_at, actor, action,"
            + " entity_type, entity_id, entity_label, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditWriter() {
    }

    static void insert(Connection connection, AuditRecord r) throws SQLException {
        insertAll(connection, List.of(r));
    }

    /** All the lines of a transaction in one JDBC batch. */
    static void insertAll(Connection connection, List<AuditRecord> records) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            for (AuditRecord r : records) {
                if (r.organisationId() == null) {
                    s.setNull(1, Types.BIGINT);
                } else {
                    s.setLong(1, r.organisationId());
                }
                s.setTimestamp(2, Timestamp.from(r.occurredAt()));
                s.setString(3, cut(r.actor(), 64));
                s.setString(4, cut(r.action(), 40));
                s.setString(5, cut(r.entityType(), 60));
                s.setString(6, cut(r.entityId(), 64));
                s.setString(7, cut(r.entityLabel(), 200));
                s.setString(8, AuditEntry.encode(r.changes()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
