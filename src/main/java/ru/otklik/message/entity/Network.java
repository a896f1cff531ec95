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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.otklik.audit.entity.Auditable;

/**
 * A social network (R1.2, R2.1) as data: VK, OK, Telegram and MAX are active; Facebook,
 * Instagram and Twitter are kept as restricted legacy entries (blocked in Russia since 2022)
 * so that old records keep their network.
 */
@Entity
@Table(name = "network")
@NamedQuery(name = Network.OF_ORGANISATION, query = "SELECT n FROM Network n WHERE n.organisationId = :org"
        + " ORDER BY n.sortOrder, n.name")
@NamedQuery(name = Network.BY_CODE, query = "SELECT n FROM Network n WHERE n.organisationId = :org AND n.code = :code")
public class Network implements Auditable {

    public static final String OF_ORGANISATION = "Network.ofOrganisation";
    public static final String BY_CODE = "Network.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_seq")
    @SequenceGenerator(name = "network_seq", sequenceName = "network_seq", allocationSize = 50)
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

    /** Blocked or restricted in Russia: shown, not offered for new messages. */
    private boolean restricted;

    /** Characters an answer may have in this network (the editor's counter). */
    @Min(value = 100, message = "{answer-limit.range}")
    @Max(value = 100_000, message = "{answer-limit.range}")
    @Column(name = "answer_limit")
    private int answerLimit;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    protected Network() {
    }

    public Network(long organisationId, String code, String name, boolean active, boolean restricted, int answerLimit,
                   int sortOrder) {
        this.organisationId = organisationId;
        this.code = code;
        this.name = name;
        this.active = active;
        this.restricted = restricted;
        this.answerLimit = answerLimit;
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

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    /** Whether new messages and posts may be registered in it. */
    public boolean isOffered() {
        return active && !restricted;
    }

    public int getAnswerLimit() {
        return answerLimit;
    }

    public void setAnswerLimit(int answerLimit) {
        this.answerLimit = answerLimit;
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
