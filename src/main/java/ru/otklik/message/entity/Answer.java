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

/** An answer as posted in the network: interim (R1.8) or final, when, where, by whom. */
@Entity
@Table(name = "answer")
@NamedQuery(name = Answer.OF_MESSAGE, query = "SELECT a FROM Answer a WHERE a.messageId = :message ORDER BY a.postedAt")
public class Answer {

    public static final String OF_MESSAGE = "Answer.ofMessage";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
    @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private Long messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AnswerKind kind;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private Long draftId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    @Column(updatable = false)
    private String url;

    @Column(name = "posted_by", nullable = false, updatable = false)
    private String postedBy;

    protected Answer() {
    }

    public Answer(long messageId, AnswerKind kind, long draftId, String text, Instant postedAt, String url,
                  String postedBy) {
        this.messageId = messageId;
        this.kind = kind;
        this.draftId = draftId;
        this.text = text;
        this.postedAt = postedAt;
        this.url = url;
        this.postedBy = postedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getMessageId() {
        return messageId;
    }

    public AnswerKind getKind() {
        return kind;
    }

    public Long getDraftId() {
        return draftId;
    }

    public String getText() {
        return text;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getUrl() {
        return url;
    }

    public String getPostedBy() {
        return postedBy;
    }
}
