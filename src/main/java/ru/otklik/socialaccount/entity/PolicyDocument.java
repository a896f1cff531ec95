package ru.otklik.socialaccount.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.otklik.audit.entity.Auditable;

import java.time.Instant;
import java.time.LocalDate;

/** A regional information-policy recommendation (R2.3): a document's title, link and note. */
@Entity
@Table(name = "policy_document")
@NamedQuery(name = PolicyDocument.OF_ORGANISATION, query = "SELECT d FROM PolicyDocument d"
        + " WHERE d.organisationId = :org ORDER BY d.issuedOn DESC, d.title")
public class PolicyDocument implements Auditable {

    public static final String OF_ORGANISATION = "PolicyDocument.ofOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_document_seq")
    @SequenceGenerator(name = "policy_document_seq", sequenceName = "policy_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @NotBlank(message = "{title.required}")
    @Size(max = 300, message = "{field.too-long}")
    private String title;

    @Size(max = 1000, message = "{field.too-long}")
    @Pattern(regexp = "^$|https?://\\S+", message = "{url.invalid}")
    private String link;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Size(max = 5000, message = "{field.too-long}")
    private String note;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Version
    private long version;

    protected PolicyDocument() {
    }

    public PolicyDocument(long organisationId, Instant addedAt, String addedBy) {
        this.organisationId = organisationId;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    @Override
    public Long auditOrganisationId() {
        return organisationId;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public long getVersion() {
        return version;
    }
}
