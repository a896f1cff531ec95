package ru.otklik.message.entity;

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

/** A topic (rubric) of messages: roads, housing and utilities, improvement, ... as data. */
@Entity
@Table(name = "topic")
@NamedQuery(name = Topic.OF_ORGANISATION, query = "SELECT t FROM Topic t WHERE t.organisationId = :org"
        + " ORDER BY t.sortOrder, t.name")
@NamedQuery(name = Topic.BY_CODE, query = "SELECT t FROM Topic t WHERE t.organisationId = :org AND t.code = :code")
public class Topic implements Auditable {

    public static final String OF_ORGANISATION = "Topic.ofOrganisation";
    public static final String BY_CODE = "Topic.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @NotBlank(message = "{code.required}")
    @Size(max = 30, message = "{field.too-long}")
    @Pattern(regexp = "[a-z0-9_-]+", message = "{code.pattern}")
    @Column(updatable = false)
    private String code;

    @NotBlank(message = "{name.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String name;

    private boolean active;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    protected Topic() {
    }

    public Topic(long organisationId, String code, String name, int sortOrder) {
        this.organisationId = organisationId;
        this.code = code;
        this.name = name;
        this.active = true;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Long auditOrganisationId() {
        return organisationId;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
