package ru.otklik.message.control;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.persister.entity.EntityPersister;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Writes a batch of new messages and the first steps of their timelines with multi-row INSERTs on
 * the transaction's own connection, instead of through Hibernate's persistence context: for a
 * batch of 1,000 from monitoring software the context's bookkeeping (an entry and a state
 * snapshot per entity, the dirty check of all of them at commit, an insert action each) cost
 * more than the inserts themselves (bench/messages.sh). One INSERT carries up to
 * {@link #MAX_ROWS} rows rather than one row each in a JDBC batch: on MariaDB's text protocol a
 * batch is still one statement per row for the server to parse and execute, and the database's
 * share of an intake was the larger one. A statement also stays under {@link #MAX_BYTES} of
 * values, well below the server's max_allowed_packet even for texts of 64 KB. The ids come from the entities' own
 * generators, so they never collide with rows Hibernate writes; the rows are the ones
 * {@code em.persist} writes (a test compares them field by field, MessageIntakeIT). The messages
 * stay detached: whoever needs them managed finds them by id in the same transaction.
 */
public final class MessageRows {

    static final String INSERT_MESSAGE = "INSERT INTO message (id, organisation_id, kind, status, network_id,"
            + " topic_id, url, url_key, author_name, author_url, text, detected_at, registered_at, source, external_id,"
            + " assigned_on_behalf, due_at, current_due_at, warn_at, alarm_at, version) VALUES ";
    static final int MESSAGE_COLUMNS = 21;
    static final String INSERT_EVENT = "INSERT INTO message_event (id, message_id, occurred_at, actor, type, details)"
            + " VALUES ";
    static final int EVENT_COLUMNS = 6;
    /** Rows in one INSERT at most. */
    static final int MAX_ROWS = 200;
    /** Bytes of values in one INSERT at most, counted as 4 per character (UTF-8 and escapes) plus a row's fixed part. */
    static final long MAX_BYTES = 4L << 20;
    private static final int FIXED_ROW_BYTES = 400;

    /** A new message with what its first timeline step says. */
    public record NewRow(Message message, Instant occurredAt, String actor, ru.otklik.message.entity.EventType type,
                         String details) {
    }

    private MessageRows() {
    }

    /** Gives each message its id, writes the messages and their first steps; returns the steps. */
    public static List<MessageEvent> insert(EntityManager em, List<NewRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        EntityPersister messages = persister(session, Message.class);
        EntityPersister events = persister(session, MessageEvent.class);
        List<MessageEvent> steps = new ArrayList<>(rows.size());
        for (NewRow row : rows) {
            Message m = row.message();
            messages.setIdentifier(m, nextId(session, messages, m), session);
            MessageEvent step = new MessageEvent(m.getId(), row.occurredAt(), row.actor(), row.type(), row.details());
            events.setIdentifier(step, nextId(session, events, step), session);
            steps.add(step);
        }
        em.unwrap(Session.class).doWork(connection -> {
            insertRows(connection, INSERT_MESSAGE, MESSAGE_COLUMNS, rows, r -> bytes(r.message()),
                    (ps, p, row) -> bind(ps, p, row.message()));
            insertRows(connection, INSERT_EVENT, EVENT_COLUMNS, steps, e -> FIXED_ROW_BYTES + 4L * length(e.getDetails()),
                    (ps, p, e) -> {
                        ps.setLong(++p, e.getId());
                        ps.setLong(++p, e.getMessageId());
                        ps.setObject(++p, utc(e.getOccurredAt()));
                        ps.setString(++p, e.getActor());
                        ps.setString(++p, e.getType().name());
                        ps.setString(++p, e.getDetails());
                        return p;
                    });
        });
        return steps;
    }

    /** Binds one row's values after parameter {@code p}; returns the last parameter bound. */
    @FunctionalInterface
    private interface RowBinder<T> {
        int bind(PreparedStatement ps, int p, T row) throws SQLException;
    }

    /** Writes the rows with one multi-row INSERT per chunk ({@link #chunks}). */
    private static <T> void insertRows(Connection connection, String prefix, int columns, List<T> rows,
                                       ToLongFunction<T> size, RowBinder<T> binder) throws SQLException {
        for (List<T> chunk : chunks(rows, size)) {
            try (PreparedStatement ps = connection.prepareStatement(insert(prefix, columns, chunk.size()))) {
                int p = 0;
                for (T row : chunk) {
                    p = binder.bind(ps, p, row);
                }
                ps.executeUpdate();
            }
        }
    }

    /** Binds one message's values after parameter {@code p}; returns the last parameter bound. */
    private static int bind(PreparedStatement ps, int p, Message m) throws SQLException {
        ps.setLong(++p, m.getId());
        ps.setLong(++p, m.getOrganisationId());
        ps.setString(++p, m.getKind().name());
        ps.setString(++p, m.getStatus().name());
        ps.setLong(++p, m.getNetwork().getId());
        if (m.getTopic() == null) {
            ps.setNull(++p, Types.BIGINT);
        } else {
            ps.setLong(++p, m.getTopic().getId());
        }
        ps.setString(++p, m.getUrl());
        ps.setString(++p, m.getUrlKey());
        ps.setString(++p, m.getAuthorName());
        ps.setString(++p, m.getAuthorUrl());
        ps.setString(++p, m.getText());
        ps.setObject(++p, utc(m.getDetectedAt()));
        ps.setObject(++p, utc(m.getRegisteredAt()));
        ps.setString(++p, m.getSource());
        ps.setString(++p, m.getExternalId());
        ps.setBoolean(++p, m.isAssignedOnBehalf());
        ps.setObject(++p, utc(m.getDueAt()));
        ps.setObject(++p, utc(m.currentDueAt()));
        ps.setObject(++p, utc(m.getWarnAt()));
        ps.setObject(++p, utc(m.getAlarmAt()));
        ps.setLong(++p, m.getVersion());
        return p;
    }

    private static long bytes(Message m) {
        return FIXED_ROW_BYTES + 4L * (length(m.getUrl()) + length(m.getUrlKey()) + length(m.getAuthorName())
                + length(m.getAuthorUrl()) + length(m.getText()) + length(m.getSource()) + length(m.getExternalId()));
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** The INSERT of {@code rows} rows of {@code columns} values each. */
    static String insert(String prefix, int columns, int rows) {
        String row = "(?" + ", ?".repeat(columns - 1) + ")";
        StringBuilder sql = new StringBuilder(prefix.length() + rows * (row.length() + 2)).append(prefix).append(row);
        for (int i = 1; i < rows; i++) {
            sql.append(", ").append(row);
        }
        return sql.toString();
    }

    /**
     * The rows in order, cut into runs of at most {@link #MAX_ROWS} whose sizes add up to at most
     * {@link #MAX_BYTES}; a row larger than that on its own makes a run of one.
     */
    static <T> List<List<T>> chunks(List<T> rows, ToLongFunction<T> size) {
        List<List<T>> chunks = new ArrayList<>();
        int from = 0;
        long bytes = 0;
        for (int i = 0; i < rows.size(); i++) {
            long next = size.applyAsLong(rows.get(i));
            if (i > from && (i - from == MAX_ROWS || bytes + next > MAX_BYTES)) {
                chunks.add(rows.subList(from, i));
                from = i;
                bytes = 0;
            }
            bytes += next;
        }
        if (from < rows.size()) {
            chunks.add(rows.subList(from, rows.size()));
        }
        return chunks;
    }

    /** As Hibernate stores instants here ({@code hibernate.jdbc.time_zone=UTC}): the UTC wall time. */
    private static LocalDateTime utc(Instant instant) {
        // ofEpochSecond, not ofInstant: ZoneOffset.getRules() builds new rules on every call
        return instant == null ? null : LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
                ZoneOffset.UTC);
    }

    private static EntityPersister persister(SharedSessionContractImplementor session, Class<?> type) {
        return session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
    }

    private static Object nextId(SharedSessionContractImplementor session, EntityPersister persister, Object entity) {
        return ((BeforeExecutionGenerator) persister.getGenerator()).generate(session, entity, null, EventType.INSERT);
    }
}
