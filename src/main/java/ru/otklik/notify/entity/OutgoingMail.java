package ru.otklik.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An e-mail in the outbox: written with the event that causes it, sent after the commit, retried
 * with growing pauses until it is sent or {@link #MAX_ATTEMPTS} attempts failed. ADMIN sees the
 * outbox (sent, waiting, failed with the error) and may send a failed one again.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    public static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "recipient_id", updatable = false)
    private Long recipientId;

    @Column(nullable = false, updatable = false)
    private String address;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    protected OutgoingMail() {
    }

    public OutgoingMail(long organisationId, Long recipientId, String address, String subject, String body,
                        Instant createdAt) {
        this.organisationId = organisationId;
        this.recipientId = recipientId;
        this.address = address;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** A sender holds the mail until {@code until}; false when another one holds it or it is done. */
    public boolean claim(Instant now, Instant until) {
        if (sentAt != null || nextAttemptAt == null || nextAttemptAt.isAfter(now)
                || (claimedUntil != null && claimedUntil.isAfter(now))) {
            return false;
        }
        claimedUntil = until;
        return true;
    }

    public void sent(Instant at) {
        attempts++;
        sentAt = at;
        nextAttemptAt = null;
        claimedUntil = null;
        lastError = null;
    }

    /** A failed attempt: the next after a pause that doubles each time (1, 2, 4 ... minutes, at most an hour). */
    public void failed(Instant at, String error) {
        attempts++;
        claimedUntil = null;
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        nextAttemptAt = attempts >= MAX_ATTEMPTS ? null : at.plusSeconds(Math.min(3600, 60L << (attempts - 1)));
    }

    /** ADMIN sends a failed or waiting mail again now. */
    public void retryNow(Instant at) {
        if (sentAt == null) {
            nextAttemptAt = at;
            claimedUntil = null;
        }
    }

    public boolean isSent() {
        return sentAt != null;
    }

    /** Given up: every attempt failed. */
    public boolean isFailed() {
        return sentAt == null && nextAttemptAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public long getVersion() {
        return version;
    }
}
