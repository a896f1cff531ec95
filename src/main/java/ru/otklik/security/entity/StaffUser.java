package ru.otklik.security.entity;

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
import ru.otklik.audit.entity.AuditSecret;
import ru.otklik.audit.entity.Auditable;
import ru.otklik.org.entity.Organisation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A member of the administration's staff who may log in. Never deleted: a deactivated user
 * cannot log in, keeps no roles at login, and keeps their name in the history.
 */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = StaffUser.BY_LOGIN, query = "SELECT u FROM StaffUser u JOIN FETCH u.organisation WHERE u.login = :login")
@NamedQuery(name = StaffUser.ORGANISATION_OF, query = "SELECT u.organisation.id, u.organisation.timeZone FROM StaffUser u"
        + " WHERE u.login = :login")
@NamedQuery(name = StaffUser.LOGGED_IN, query = "UPDATE StaffUser u SET u.lastLoginAt = :at WHERE u.login = :login")
@NamedQuery(name = StaffUser.COUNT_ACTIVE_WITH_ROLE, query = "SELECT COUNT(u) FROM StaffUser u JOIN u.roles r"
        + " WHERE u.organisation.id = :org AND u.active = TRUE AND r = :role")
public class StaffUser implements Auditable {

    public static final String BY_LOGIN = "StaffUser.byLogin";
    public static final String ORGANISATION_OF = "StaffUser.organisationOf";
    /** A bulk update: the login time is bookkeeping, not a change worth an audit line. */
    public static final String LOGGED_IN = "StaffUser.loggedIn";
    public static final String COUNT_ACTIVE_WITH_ROLE = "StaffUser.countActiveWithRole";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    private Long id;

    /** Eager: a user is always shown and checked with their organisation (zone, name). */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(nullable = false, updatable = false)
    private String login;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "position_title")
    private String position;

    private String email;

    @AuditSecret
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private String locale = "ru";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected StaffUser() {
    }

    public StaffUser(Organisation organisation, String login, String fullName, String passwordHash,
                     boolean passwordChangeRequired, Instant createdAt) {
        this.organisation = organisation;
        this.login = login;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = passwordChangeRequired;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getLogin() {
        return login;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Sets a new hash; a one-time password must be changed at the next login. */
    public void setPasswordHash(String passwordHash, boolean changeRequired) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = changeRequired;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Long auditOrganisationId() {
        return organisation == null ? null : organisation.getId();
    }

    @Override
    public String auditLabel() {
        return login;
    }
}
