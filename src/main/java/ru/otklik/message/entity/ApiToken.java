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
import ru.otklik.audit.entity.AuditSecret;
import ru.otklik.audit.entity.Auditable;

import java.time.Instant;

/**
 * A bearer token with which monitoring software posts messages. Only the SHA-256 of the token
 * is stored (plus its first characters, to recognise it in the list); the token itself is shown
 * once, when created. Revocable; the last use is recorded.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.OF_ORGANISATION, query = "SELECT t FROM ApiToken t WHERE t.organisationId = :org"
        + " ORDER BY t.revokedAt, t.createdAt DESC")
@NamedQuery(name = ApiToken.USED, query = "UPDATE ApiToken t SET t.lastUsedAt = :at WHERE t.id = :id")
public class ApiToken implements Auditable {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String OF_ORGANISATION = "ApiToken.ofOrganisation";
    /** A bulk update: using a token is bookkeeping, not a change worth an audit line. */
    public static final String USED = "ApiToken.used";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_prefix", nullable = false, updatable = false)
    private String tokenPrefix;

    @AuditSecret
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    public ApiToken(long organisationId, String name, String tokenPrefix, String tokenHash, String createdBy,
                    Instant createdAt) {
        this.organisationId = organisationId;
        this.name = name;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
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
        return name + " (" + tokenPrefix + "…)";
    }
}
