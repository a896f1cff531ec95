package ru.otklik.socialaccount.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.otklik.audit.entity.Auditable;
import ru.otklik.message.entity.Network;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * An official account of the administration in a social network (R2.1): bound to the
 * administration's official phone number (R2.2), with a text description and a design checklist
 * (R2.7) and the staff who run it. Its login and password live apart, encrypted
 * ({@link AccountCredential}).
 */
@Entity
@Table(name = "official_account")
@NamedQuery(name = OfficialAccount.OF_ORGANISATION, query = "SELECT a FROM OfficialAccount a JOIN FETCH a.network"
        + " WHERE a.organisationId = :org ORDER BY a.network.sortOrder, a.name")
public class OfficialAccount implements Auditable {

    public static final String OF_ORGANISATION = "OfficialAccount.ofOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "official_account_seq")
    @SequenceGenerator(name = "official_account_seq", sequenceName = "official_account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @NotNull(message = "{account.network.required}")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    @NotBlank(message = "{name.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String name;

    @Size(max = 1000, message = "{field.too-long}")
    @Pattern(regexp = "^$|https?://\\S+", message = "{url.invalid}")
    private String link;

    /** The administration's official phone number the account is registered to (R2.2). */
    @Size(max = 30, message = "{field.too-long}")
    @Pattern(regexp = "^$|\\+?[0-9 ()-]{5,30}", message = "{phone.invalid}")
    private String phone;

    @NotNull
    @Enumerated(EnumType.STRING)
    private AccountStatus status = AccountStatus.CREATING;

    @Size(max = 5000, message = "{field.too-long}")
    private String description;

    @Column(name = "has_avatar")
    private boolean hasAvatar;
    @Column(name = "has_cover")
    private boolean hasCover;
    @Column(name = "has_description")
    private boolean hasDescription;
    @Column(name = "has_pinned_post")
    private boolean hasPinnedPost;
    @Column(name = "has_widgets")
    private boolean hasWidgets;
    @Column(name = "has_contacts")
    private boolean hasContacts;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "official_account_staff", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "staff_id")
    private Set<Long> responsibleIds = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected OfficialAccount() {
    }

    public OfficialAccount(long organisationId, Network network, String name, Instant createdAt) {
        this.organisationId = organisationId;
        this.network = network;
        this.name = name;
        this.createdAt = createdAt;
    }

    /** The checklist items done (R2.7). */
    public Set<DesignItem> getDesign() {
        Set<DesignItem> done = EnumSet.noneOf(DesignItem.class);
        for (DesignItem item : DesignItem.values()) {
            if (has(item)) {
                done.add(item);
            }
        }
        return done;
    }

    /** The checklist items still missing, in the checklist's order. */
    public Set<DesignItem> getMissingDesign() {
        Set<DesignItem> missing = EnumSet.allOf(DesignItem.class);
        missing.removeAll(getDesign());
        return missing;
    }

    public boolean has(DesignItem item) {
        return switch (item) {
            case AVATAR -> hasAvatar;
            case COVER -> hasCover;
            case DESCRIPTION -> hasDescription;
            case PINNED_POST -> hasPinnedPost;
            case WIDGETS -> hasWidgets;
            case CONTACTS -> hasContacts;
        };
    }

    public void setDesign(Set<DesignItem> done) {
        hasAvatar = done.contains(DesignItem.AVATAR);
        hasCover = done.contains(DesignItem.COVER);
        hasDescription = done.contains(DesignItem.DESCRIPTION);
        hasPinnedPost = done.contains(DesignItem.PINNED_POST);
        hasWidgets = done.contains(DesignItem.WIDGETS);
        hasContacts = done.contains(DesignItem.CONTACTS);
    }

    @Override
    public Long auditOrganisationId() {
        return organisationId;
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Network getNetwork() {
        return network;
    }

    public void setNetwork(Network network) {
        this.network = network;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<Long> getResponsibleIds() {
        return Set.copyOf(responsibleIds);
    }

    public void setResponsibleIds(Set<Long> ids) {
        responsibleIds.clear();
        responsibleIds.addAll(ids);
    }

    public boolean isResponsible(long staffId) {
        return responsibleIds.contains(staffId);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
