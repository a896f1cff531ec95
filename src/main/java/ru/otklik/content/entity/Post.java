package ru.otklik.content.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.otklik.audit.entity.Auditable;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A publication planned for one or more official accounts (R2.4, R2.6): its date and time, format,
 * topic and text; its way draft, review, approved, published (with the post's link) or cancelled,
 * with who and when at each step.
 */
@Entity
@Table(name = "post")
public class Post implements Auditable {

    /** The longest text a post may have (VK allows about 16,000 characters). */
    public static final int TEXT_LIMIT = 16_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @NotEmpty(message = "{post.accounts.required}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "post_account", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "account_id")
    private Set<Long> accountIds = new HashSet<>();

    @NotNull(message = "{post.plannedAt.required}")
    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PostFormat format = PostFormat.TEXT;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PostTopic topic = PostTopic.ADMINISTRATION_WORK;

    @NotBlank(message = "{post.text.required}")
    @Size(max = TEXT_LIMIT, message = "{field.too-long}")
    private String text;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PostStatus status = PostStatus.DRAFT;

    @Size(max = 1000, message = "{field.too-long}")
    @Pattern(regexp = "https?://\\S+", message = "{url.invalid}")
    @Column(name = "published_link")
    private String publishedLink;

    @Size(max = 1000, message = "{field.too-long}")
    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Version
    private long version;

    protected Post() {
    }

    public Post(long organisationId, Instant createdAt, String createdBy) {
        this.organisationId = organisationId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void submitted(Instant at, String by) {
        status = PostStatus.REVIEW;
        submittedAt = at;
        submittedBy = by;
        reviewComment = null;
    }

    public void approved(Instant at, String by) {
        status = PostStatus.APPROVED;
        approvedAt = at;
        approvedBy = by;
    }

    public void returned(String comment) {
        status = PostStatus.DRAFT;
        reviewComment = comment;
    }

    public void published(Instant at, String by, String link) {
        status = PostStatus.PUBLISHED;
        publishedAt = at;
        publishedBy = by;
        publishedLink = link;
    }

    public void cancelled(Instant at, String by) {
        status = PostStatus.CANCELLED;
        cancelledAt = at;
        cancelledBy = by;
    }

    @Override
    public Long auditOrganisationId() {
        return organisationId;
    }

    @Override
    public String auditLabel() {
        return text == null ? "post" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** The instant that places the post in a week: when it went out, or when it is planned. */
    public Instant getWeekInstant() {
        return status == PostStatus.PUBLISHED && publishedAt != null ? publishedAt : plannedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Set<Long> getAccountIds() {
        return Set.copyOf(accountIds);
    }

    public void setAccountIds(Set<Long> ids) {
        accountIds.clear();
        accountIds.addAll(ids);
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public void setPlannedAt(Instant plannedAt) {
        this.plannedAt = plannedAt;
    }

    public PostFormat getFormat() {
        return format;
    }

    public void setFormat(PostFormat format) {
        this.format = format;
    }

    public PostTopic getTopic() {
        return topic;
    }

    public void setTopic(PostTopic topic) {
        this.topic = topic;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PostStatus getStatus() {
        return status;
    }

    public String getPublishedLink() {
        return publishedLink;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public long getVersion() {
        return version;
    }
}
