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

/**
 * One version of a draft answer (R1.12): each save by the executor makes a new version, so who
 * wrote, changed, approved and posted every version is kept.
 */
@Entity
@Table(name = "answer_draft")
@NamedQuery(name = AnswerDraft.OF_MESSAGE, query = "SELECT d FROM AnswerDraft d WHERE d.messageId = :message"
        + " ORDER BY d.number")
public class AnswerDraft {

    public static final String OF_MESSAGE = "AnswerDraft.ofMessage";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_draft_seq")
    @SequenceGenerator(name = "answer_draft_seq", sequenceName = "answer_draft_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private Long messageId;

    /** 1, 2, 3... per message. */
    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AnswerKind kind;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DraftStatus status = DraftStatus.DRAFT;

    private String reviewer;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment")
    private String reviewComment;

    protected AnswerDraft() {
    }

    public AnswerDraft(long messageId, int number, AnswerKind kind, String text, String author, Instant writtenAt) {
        this.messageId = messageId;
        this.number = number;
        this.kind = kind;
        this.text = text;
        this.author = author;
        this.writtenAt = writtenAt;
    }

    public void reviewed(DraftStatus outcome, String reviewer, Instant at, String comment) {
        this.status = outcome;
        this.reviewer = reviewer;
        this.reviewedAt = at;
        this.reviewComment = comment;
    }

    public void setStatus(DraftStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Long getMessageId() {
        return messageId;
    }

    public int getNumber() {
        return number;
    }

    public AnswerKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public DraftStatus getStatus() {
        return status;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
