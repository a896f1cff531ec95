package ru.otklik.socialaccount.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.otklik.audit.entity.AuditSecret;
import ru.otklik.audit.entity.Auditable;

import java.time.Instant;

/**
 * An account's login, password and 2FA recovery note (R2.2), each held only as Tink ciphertext
 * (Base64) bound to the account and the field. The audit log records that a field changed,
 * never a value, not even the ciphertext.
 */
@Entity
@Table(name = "account_credential")
public class AccountCredential implements Auditable {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @AuditSecret
    @Column(name = "login_cipher")
    private String loginCipher;

    @AuditSecret
    @Column(name = "password_cipher")
    private String passwordCipher;

    @AuditSecret
    @Column(name = "recovery_cipher")
    private String recoveryCipher;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected AccountCredential() {
    }

    public AccountCredential(long accountId, long organisationId) {
        this.accountId = accountId;
        this.organisationId = organisationId;
    }

    public String cipher(CredentialField field) {
        return switch (field) {
            case LOGIN -> loginCipher;
            case PASSWORD -> passwordCipher;
            case RECOVERY -> recoveryCipher;
        };
    }

    public void setCipher(CredentialField field, String cipher) {
        switch (field) {
            case LOGIN -> loginCipher = cipher;
            case PASSWORD -> passwordCipher = cipher;
            case RECOVERY -> recoveryCipher = cipher;
        }
    }

    public boolean has(CredentialField field) {
        return cipher(field) != null;
    }

    public void touched(Instant at, String by) {
        this.updatedAt = at;
        this.updatedBy = by;
    }

    @Override
    public Long auditOrganisationId() {
        return organisationId;
    }

    @Override
    public String auditLabel() {
        return "account " + accountId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
