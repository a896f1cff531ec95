package ru.otklik.socialaccount.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import ru.otklik.audit.entity.ActionRecorded;
import ru.otklik.audit.entity.FieldChange;
import ru.otklik.base.Roles;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.entity.Network;
import ru.otklik.security.entity.StaffUser;
import ru.otklik.socialaccount.control.CredentialCipher;
import ru.otklik.socialaccount.control.Vault;
import ru.otklik.socialaccount.entity.AccountCredential;
import ru.otklik.socialaccount.entity.AccountStatus;
import ru.otklik.socialaccount.entity.CredentialField;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of official accounts (R2.1, R2.2, R2.7) and their credential vault (R2.2). The SMM
 * editors, the curator and the administrator keep the registry; the credentials are set and
 * revealed only by the administrator, the curator, or an SMM editor responsible for that account,
 * and every reveal is written to the audit log. Everything stays inside the caller's organisation.
 */
@Stateless
@RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR, Roles.ADMIN})
public class Accounts {

    /** The longest secret kept (a login, a password; the recovery note may hold several codes). */
    static final int SECRET_LIMIT = 500;
    static final int RECOVERY_LIMIT = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    Vault vault;

    @Inject
    Event<ActionRecorded> audit;

    @Inject
    jakarta.validation.Validator validator;

    // ---------------------------------------------------------------- registry

    /** Every account of the organisation, network by network. */
    @RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR, Roles.ADMIN, Roles.HEAD, Roles.MODERATOR, Roles.OPERATOR})
    public List<OfficialAccount> list() {
        return em.createNamedQuery(OfficialAccount.OF_ORGANISATION, OfficialAccount.class)
                .setParameter("org", organisation.id()).getResultList();
    }

    /** The accounts posts are planned for (active or being created). */
    @RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR, Roles.ADMIN, Roles.HEAD, Roles.MODERATOR, Roles.OPERATOR})
    public List<OfficialAccount> planned() {
        return list().stream().filter(a -> a.getStatus().planned()).toList();
    }

    @RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR, Roles.ADMIN, Roles.HEAD, Roles.MODERATOR, Roles.OPERATOR})
    public OfficialAccount find(long id) {
        OfficialAccount account = em.find(OfficialAccount.class, id);
        if (account == null || !account.getOrganisationId().equals(organisation.id())) {
            throw new RequestRefused("error.account.not-found");
        }
        account.getNetwork().getName();
        return account;
    }

    /** The networks an account may be created in: active and not restricted in Russia. */
    public List<Network> networks() {
        return em.createNamedQuery(Network.OF_ORGANISATION, Network.class).setParameter("org", organisation.id())
                .getResultList().stream().filter(Network::isOffered).toList();
    }

    /** Active staff who may be named responsible for an account. */
    public List<StaffUser> staff() {
        return em.createQuery("SELECT u FROM StaffUser u WHERE u.organisation.id = :org AND u.active = TRUE"
                + " ORDER BY u.fullName", StaffUser.class).setParameter("org", organisation.id()).getResultList();
    }

    public OfficialAccount save(@NotNull @Valid AccountDraft draft) {
        Network network = em.find(Network.class, draft.getNetworkId());
        if (network == null || !network.getOrganisationId().equals(organisation.id())) {
            throw RequestRefused.ofParameter("networkId", "error.account.network-unknown");
        }
        Set<Long> responsible = draft.getResponsibleIds();
        if (!responsible.isEmpty() && em.createQuery("SELECT COUNT(u) FROM StaffUser u WHERE u.id IN :ids"
                        + " AND u.organisation.id = :org", Long.class)
                .setParameter("ids", responsible).setParameter("org", organisation.id()).getSingleResult()
                != responsible.size()) {
            throw RequestRefused.ofParameter("responsibleIds", "error.staff.unknown");
        }
        OfficialAccount account;
        if (draft.getId() == null) {
            if (!network.isOffered()) {
                throw RequestRefused.ofParameter("networkId", "error.network.not-offered", network.getName());
            }
            account = new OfficialAccount(organisation.id(), network, draft.getName().strip(), clock.instant());
        } else {
            account = find(draft.getId());
            if (account.getVersion() != draft.getVersion()) {
                throw new ConcurrentChange();
            }
            account.setNetwork(network);
            account.setName(draft.getName().strip());
        }
        account.setLink(blankToNull(draft.getLink()));
        account.setPhone(blankToNull(draft.getPhone()));
        account.setStatus(draft.getStatus());
        account.setDescription(blankToNull(draft.getDescription()));
        account.setDesign(draft.getDesign());
        account.setResponsibleIds(responsible);
        var violations = validator.validate(account);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
        try {
            if (account.getId() == null) {
                em.persist(account);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange();
        }
        return account;
    }

    /** Archives an account (nothing is deleted: posts and moderation keep it). */
    public OfficialAccount archive(long id, long version) {
        OfficialAccount account = find(id);
        if (account.getVersion() != version) {
            throw new ConcurrentChange();
        }
        account.setStatus(AccountStatus.ARCHIVED);
        em.flush();
        return account;
    }

    // ---------------------------------------------------------------- vault

    /** Which secrets are stored and whether the caller may see them; never the values. */
    public CredentialState credentials(long accountId) {
        OfficialAccount account = find(accountId);
        AccountCredential c = em.find(AccountCredential.class, accountId);
        Set<CredentialField> stored = EnumSet.noneOf(CredentialField.class);
        if (c != null) {
            for (CredentialField f : CredentialField.values()) {
                if (c.has(f)) {
                    stored.add(f);
                }
            }
        }
        return new CredentialState(accountId, stored, c == null ? null : c.getUpdatedAt(),
                c == null ? null : c.getUpdatedBy(), mayHandleSecrets(account));
    }

    /**
     * Stores new values of the given secrets (an empty value removes that secret; fields not given
     * stay as they are), each encrypted on its own.
     */
    public CredentialState storeCredentials(long accountId, @NotNull Map<CredentialField, String> values) {
        OfficialAccount account = find(accountId);
        requireSecretRights(account);
        for (Map.Entry<CredentialField, String> e : values.entrySet()) {
            int limit = e.getKey() == CredentialField.RECOVERY ? RECOVERY_LIMIT : SECRET_LIMIT;
            if (e.getValue() != null && e.getValue().length() > limit) {
                throw RequestRefused.ofParameter(e.getKey().name().toLowerCase(), "error.vault.too-long", limit);
            }
        }
        CredentialCipher cipher = vault.forWriting(this::anyCredentialStored);
        AccountCredential c = em.find(AccountCredential.class, accountId);
        boolean fresh = c == null;
        if (fresh) {
            c = new AccountCredential(accountId, organisation.id());
        }
        for (Map.Entry<CredentialField, String> e : new EnumMap<>(values).entrySet()) {
            String value = e.getValue();
            c.setCipher(e.getKey(), value == null || value.isEmpty() ? null
                    : cipher.encrypt(accountId, e.getKey(), value));
        }
        c.touched(clock.instant(), caller());
        if (fresh) {
            em.persist(c);
        }
        em.flush();
        return credentials(accountId);
    }

    /**
     * One secret in clear, for the one who asked (R2.2): allowed to the administrator, the curator
     * and an SMM editor responsible for the account, audited every time.
     */
    public String reveal(long accountId, @NotNull CredentialField field) {
        OfficialAccount account = find(accountId);
        requireSecretRights(account);
        AccountCredential c = em.find(AccountCredential.class, accountId);
        if (c == null || !c.has(field)) {
            throw new RequestRefused("error.vault.nothing-stored");
        }
        String clear = vault.forReading().decrypt(accountId, field, c.cipher(field));
        audit.fire(new ActionRecorded(organisation.id(), null, "credential.revealed", "OfficialAccount",
                String.valueOf(accountId), account.getName(),
                List.of(new FieldChange(field.name().toLowerCase(), null, "revealed"))));
        return clear;
    }

    /**
     * A new vault key (R2.2, key rotation): every stored secret of the installation is
     * re-encrypted with it in this transaction; the earlier key set is kept beside the file.
     *
     * @return how many secrets were re-encrypted
     */
    @RolesAllowed(Roles.ADMIN)
    public int rotateKey() {
        String suffix = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant());
        CredentialCipher old = vault.forWriting(this::anyCredentialStored);
        List<AccountCredential> all = em.createQuery("SELECT c FROM AccountCredential c", AccountCredential.class)
                .getResultList();
        Map<AccountCredential, Map<CredentialField, String>> clear = new java.util.HashMap<>();
        for (AccountCredential c : all) {
            Map<CredentialField, String> values = new EnumMap<>(CredentialField.class);
            for (CredentialField f : CredentialField.values()) {
                if (c.has(f)) {
                    values.put(f, old.decrypt(c.getAccountId(), f, c.cipher(f)));
                }
            }
            clear.put(c, values);
        }
        CredentialCipher next = vault.rotate(suffix);
        int count = 0;
        for (var e : clear.entrySet()) {
            for (var v : e.getValue().entrySet()) {
                e.getKey().setCipher(v.getKey(), next.encrypt(e.getKey().getAccountId(), v.getKey(), v.getValue()));
                count++;
            }
        }
        em.flush();
        audit.fire(new ActionRecorded(organisation.id(), null, "vault.key-rotated", "Vault", "vault", "vault",
                List.of(new FieldChange("secrets", null, String.valueOf(count)))));
        return count;
    }

    private boolean anyCredentialStored() {
        return em.createQuery("SELECT COUNT(c) FROM AccountCredential c", Long.class).getSingleResult() > 0;
    }

    private boolean mayHandleSecrets(OfficialAccount account) {
        if (context.isCallerInRole(Roles.ADMIN) || context.isCallerInRole(Roles.CURATOR)) {
            return true;
        }
        if (!context.isCallerInRole(Roles.SMM_EDITOR)) {
            return false;
        }
        List<Long> me = em.createQuery("SELECT u.id FROM StaffUser u WHERE u.login = :login", Long.class)
                .setParameter("login", caller()).getResultList();
        return !me.isEmpty() && account.isResponsible(me.get(0));
    }

    private void requireSecretRights(OfficialAccount account) {
        if (!mayHandleSecrets(account)) {
            throw new RequestRefused("error.vault.not-responsible", account.getName());
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
