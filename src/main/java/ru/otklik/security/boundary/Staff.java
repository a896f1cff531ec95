package ru.otklik.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import ru.otklik.base.Roles;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.org.entity.Organisation;
import ru.otklik.security.control.Passwords;
import ru.otklik.security.entity.Role;
import ru.otklik.security.entity.StaffUser;

import java.security.Principal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The organisation's staff and their roles. ADMIN creates, edits, deactivates and reactivates
 * users and issues one-time passwords; every staff member reads and changes their own profile.
 * Users are never deleted. All reads and writes stay inside the caller's organisation.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Staff {

    /** The shortest acceptable password, for forms that state the rules. */
    public static final int PASSWORD_MIN_LENGTH = Passwords.MIN_LENGTH;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    Principal principal;

    @Inject
    Clock clock;

    public List<StaffUser> page(String text, boolean includeInactive, @Min(0) int offset, @Min(1) @Max(500) int limit) {
        return query(StaffUser.class, "SELECT u", text, includeInactive, " ORDER BY u.active DESC, u.fullName, u.id")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(String text, boolean includeInactive) {
        return query(Long.class, "SELECT COUNT(u)", text, includeInactive, "").getSingleResult();
    }

    public StaffUser find(long id) {
        return own(id);
    }

    /** Creates a staff member with a one-time password to hand over. */
    public IssuedPassword create(@NotNull @Valid StaffDraft draft) {
        String login = normalise(draft.getLogin());
        if (!em.createNamedQuery(StaffUser.BY_LOGIN, StaffUser.class).setParameter("login", login)
                .getResultList().isEmpty()) {
            throw new RequestRefused("error.login.taken", login);
        }
        String oneTime = Passwords.oneTime();
        StaffUser user = new StaffUser(em.getReference(Organisation.class, organisation.id()), login,
                draft.getFullName().strip(), Passwords.hash(oneTime), true, clock.instant());
        copy(draft, user);
        em.persist(user);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new RequestRefused("error.login.taken", login);
        }
        return new IssuedPassword(user, oneTime);
    }

    /** Saves the changes of an administrator's form; refused when someone saved the user meanwhile. */
    public StaffUser update(@NotNull @Valid StaffDraft draft) {
        if (draft.getId() == null) {
            throw new RequestRefused("error.not-found");
        }
        StaffUser user = own(draft.getId());
        if (user.getVersion() != draft.getVersion()) {
            throw new ConcurrentChange();
        }
        if (!Objects.equals(user.getLogin(), normalise(draft.getLogin()))) {
            throw new RequestRefused("error.login.immutable");
        }
        if (user.hasRole(Role.ADMIN) && !draft.getRoles().contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(user);
        }
        copy(draft, user);
        em.flush();
        return user;
    }

    public StaffUser deactivate(long id) {
        StaffUser user = own(id);
        if (user.getLogin().equals(principal.getName())) {
            throw new RequestRefused("error.deactivate-self");
        }
        if (user.hasRole(Role.ADMIN)) {
            requireAnotherActiveAdmin(user);
        }
        user.setActive(false);
        em.flush();
        return user;
    }

    public StaffUser activate(long id) {
        StaffUser user = own(id);
        user.setActive(true);
        em.flush();
        return user;
    }

    /** Replaces a forgotten password with a one-time one, to be changed at the next login. */
    public IssuedPassword resetPassword(long id) {
        StaffUser user = own(id);
        String oneTime = Passwords.oneTime();
        user.setPasswordHash(Passwords.hash(oneTime), true);
        em.flush();
        return new IssuedPassword(user, oneTime);
    }

    /** How many active staff members hold each role: a role nobody holds is work nobody does. */
    public Map<Role, Long> roleCoverage() {
        Map<Role, Long> coverage = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            coverage.put(role, em.createNamedQuery(StaffUser.COUNT_ACTIVE_WITH_ROLE, Long.class)
                    .setParameter("org", organisation.id()).setParameter("role", role).getSingleResult());
        }
        return coverage;
    }

    /** The caller's own record. */
    @PermitAll
    public StaffUser me() {
        return em.createNamedQuery(StaffUser.BY_LOGIN, StaffUser.class)
                .setParameter("login", principal.getName())
                .getResultStream().findFirst()
                .orElseThrow(() -> new RequestRefused("error.not-found"));
    }

    /** The caller replaces their own password, proving they know the current one. */
    @PermitAll
    public void changeOwnPassword(@NotNull String current, @NotNull String next) {
        StaffUser me = me();
        if (!Passwords.matches(current, me.getPasswordHash())) {
            throw new RequestRefused("password.current-wrong");
        }
        Passwords.weakness(next, me.getLogin()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        if (Passwords.matches(next, me.getPasswordHash())) {
            throw new RequestRefused("password.same");
        }
        me.setPasswordHash(Passwords.hash(next), false);
    }

    /**
     * What makes {@code next} unacceptable as the caller's new password (a translation key, the
     * minimum length as its argument), or {@code null} when it follows the password rules. Lets a
     * form say so before anything is saved (the first-start wizard).
     */
    @PermitAll
    public String passwordWeakness(String next) {
        return Passwords.weakness(next, me().getLogin()).orElse(null);
    }

    /**
     * The first-start wizard: the first administrator, who has just logged in with the one-time
     * password, replaces it without typing it again. Refused when the caller holds no one-time
     * password (then only {@link #changeOwnPassword} changes it) or the new one breaks the rules.
     */
    public void replaceOneTimePassword(@NotNull String next) {
        StaffUser me = me();
        if (!me.isPasswordChangeRequired()) {
            throw new RequestRefused("password.not-one-time");
        }
        Passwords.weakness(next, me.getLogin()).ifPresent(reason -> {
            throw RequestRefused.ofParameter("password", reason, Passwords.MIN_LENGTH);
        });
        if (Passwords.matches(next, me.getPasswordHash())) {
            throw RequestRefused.ofParameter("password", "password.same");
        }
        me.setPasswordHash(Passwords.hash(next), false);
    }

    /** The caller's language: "ru" or "en". */
    @PermitAll
    public void changeOwnLanguage(@NotNull String language) {
        if (!"ru".equals(language) && !"en".equals(language)) {
            throw new RequestRefused("error.language", language);
        }
        me().setLocale(language);
    }

    private StaffUser own(long id) {
        StaffUser user = em.find(StaffUser.class, id);
        if (user == null || user.getOrganisation().getId() != organisation.id()) {
            throw new RequestRefused("error.not-found");
        }
        return user;
    }

    private void requireAnotherActiveAdmin(StaffUser user) {
        long admins = em.createNamedQuery(StaffUser.COUNT_ACTIVE_WITH_ROLE, Long.class)
                .setParameter("org", organisation.id()).setParameter("role", Role.ADMIN).getSingleResult();
        if (admins <= (user.isActive() ? 1 : 0)) {
            throw new RequestRefused("error.last-admin");
        }
    }

    private static void copy(StaffDraft draft, StaffUser user) {
        user.setFullName(draft.getFullName().strip());
        user.setPosition(blankToNull(draft.getPosition()));
        user.setEmail(blankToNull(draft.getEmail()));
        user.setRoles(draft.getRoles());
    }

    private <T> TypedQuery<T> query(Class<T> type, String select, String text, boolean includeInactive, String order) {
        String jpql = select + " FROM StaffUser u WHERE u.organisation.id = :org"
                + (includeInactive ? "" : " AND u.active = TRUE")
                + (text == null || text.isBlank() ? "" : " AND (LOWER(u.login) LIKE :text OR LOWER(u.fullName) LIKE :text"
                + " OR LOWER(u.position) LIKE :text OR LOWER(u.email) LIKE :text)")
                + order;
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("org", organisation.id());
        if (text != null && !text.isBlank()) {
            query.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT)
                    .replace("%", "").replace("_", "") + "%");
        }
        return query;
    }

    static String normalise(String login) {
        return login == null ? null : login.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
