package ru.otklik.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One notification for one staff member. What it is about is kept as data (kind, message, its
 * kind and deadline, an excerpt of its text) and put into words in the reader's language when
 * shown; the excerpt is a stranger's text and is only ever shown as text.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MAX_EXCERPT = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(name = "message_id", updatable = false)
    private Long messageId;

    @Column(name = "message_kind", updatable = false)
    private String messageKind;

    @Column(name = "due_at", updatable = false)
    private Instant dueAt;

    @Column(updatable = false)
    private String excerpt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long organisationId, long recipientId, NotificationKind kind, Long messageId,
                        String messageKind, Instant dueAt, String excerpt, Instant createdAt) {
        this.organisationId = organisationId;
        this.recipientId = recipientId;
        this.kind = kind;
        this.messageId = messageId;
        this.messageKind = messageKind;
        this.dueAt = dueAt;
        this.excerpt = excerpt == null || excerpt.length() <= MAX_EXCERPT ? excerpt
                : excerpt.substring(0, MAX_EXCERPT - 1) + "…";
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getMessageId() {
        return messageId;
    }

    public String getMessageKind() {
        return messageKind;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
