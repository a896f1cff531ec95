package ru.otklik.message.control;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.persister.entity.EntityPersister;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageEvent;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a batch of new messages and the first steps of their timelines as two JDBC batches on
 * the transaction's own connection, instead of through Hibernate's persistence context: for a
 * batch of 1,000 from monitoring software the context's bookkeeping (an entry and a state
 * snapshot per entity, the dirty check of all of them at commit, an insert action each) cost
 * more than the inserts themselves (bench/messages.sh). The ids come from the entities' own
 * generators, so they never collide with rows Hibernate writes; the rows are the ones
 * {@code em.persist} writes (a test compares them field by field, MessageIntakeIT). The messages
 * stay detached: whoever needs them managed finds them by id in the same transaction.
 */
public final class MessageRows {

    static final String INSERT_MESSAGE = "INSERT INTO message (id, organisation_id, kind, status, network_id,"
            + " topic_id, url, url_key, author_name, author_url, text, detected_at, registered_at, source, external_id,"
            + " assigned_on_behalf, due_at, current_due_at, warn_at, alarm_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_EVENT = "INSERT INTO message_event (id, message_id, occurred_at, actor, type, details)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

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
            try (PreparedStatement ps = connection.prepareStatement(INSERT_MESSAGE)) {
                for (NewRow row : rows) {
                    bind(ps, row.message());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement(INSERT_EVENT)) {
                for (MessageEvent e : steps) {
                    ps.setLong(1, e.getId());
                    ps.setLong(2, e.getMessageId());
                    ps.setObject(3, utc(e.getOccurredAt()));
                    ps.setString(4, e.getActor());
                    ps.setString(5, e.getType().name());
                    ps.setString(6, e.getDetails());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        return steps;
    }

    private static void bind(PreparedStatement ps, Message m) throws SQLException {
        ps.setLong(1, m.getId());
        ps.setLong(2, m.getOrganisationId());
        ps.setString(3, m.getKind().name());
        ps.setString(4, m.getStatus().name());
        ps.setLong(5, m.getNetwork().getId());
        if (m.getTopic() == null) {
            ps.setNull(6, Types.BIGINT);
        } else {
            ps.setLong(6, m.getTopic().getId());
        }
        ps.setString(7, m.getUrl());
        ps.setString(8, m.getUrlKey());
        ps.setString(9, m.getAuthorName());
        ps.setString(10, m.getAuthorUrl());
        ps.setString(11, m.getText());
        ps.setObject(12, utc(m.getDetectedAt()));
        ps.setObject(13, utc(m.getRegisteredAt()));
        ps.setString(14, m.getSource());
        ps.setString(15, m.getExternalId());
        ps.setBoolean(16, m.isAssignedOnBehalf());
        ps.setObject(17, utc(m.getDueAt()));
        ps.setObject(18, utc(m.currentDueAt()));
        ps.setObject(19, utc(m.getWarnAt()));
        ps.setObject(20, utc(m.getAlarmAt()));
        ps.setLong(21, m.getVersion());
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
