package ru.otklik.content.entity;

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

/** A file attached to a post (a photo, an infographic, a short video, a document). */
@Entity
@Table(name = "post_media")
@NamedQuery(name = PostMedia.OF_POST, query = "SELECT new ru.otklik.content.entity.PostMedia(m.id, m.organisationId,"
        + " m.postId, m.fileName, m.mediaType, m.sizeBytes, m.uploadedAt, m.uploadedBy) FROM PostMedia m"
        + " WHERE m.postId = :post ORDER BY m.id")
public class PostMedia {

    public static final String OF_POST = "PostMedia.ofPost";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_media_seq")
    @SequenceGenerator(name = "post_media_seq", sequenceName = "post_media_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "post_id", nullable = false, updatable = false)
    private Long postId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_type", nullable = false)
    private MediaType mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected PostMedia() {
    }

    /** A description without the bytes (the list of a post's files). */
    public PostMedia(Long id, Long organisationId, Long postId, String fileName, MediaType mediaType, long sizeBytes,
                     Instant uploadedAt, String uploadedBy) {
        this.id = id;
        this.organisationId = organisationId;
        this.postId = postId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public PostMedia(long organisationId, long postId, String fileName, MediaType mediaType, byte[] content,
                     Instant uploadedAt, String uploadedBy) {
        this(null, organisationId, postId, fileName, mediaType, content.length, uploadedAt, uploadedBy);
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getPostId() {
        return postId;
    }

    public String getFileName() {
        return fileName;
    }

    public MediaType getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
