package ru.otklik.message.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step in a message's timeline: who did what, when, with a short note. Never changed. */
@Entity
@Table(name = "message_event")
@NamedQuery(name = MessageEvent.OF_MESSAGE, query = "SELECT e FROM MessageEvent e WHERE e.messageId = :message"
        + " ORDER BY e.occurredAt, e.id")
public class MessageEvent {

    public static final String OF_MESSAGE = "MessageEvent.ofMessage";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_event_seq")
    @SequenceGenerator(name = "message_event_seq", sequenceName = "message_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private Long messageId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EventType type;

    @Column(updatable = false)
    private String details;

    protected MessageEvent() {
    }

    public MessageEvent(long messageId, Instant occurredAt, String actor, EventType type, String details) {
        this.messageId = messageId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 1999) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getMessageId() {
        return messageId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public EventType getType() {
        return type;
    }

    public String getDetails() {
        return details;
    }
}
