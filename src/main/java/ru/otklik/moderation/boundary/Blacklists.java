package ru.otklik.moderation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.otklik.base.Roles;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.entity.Network;
import ru.otklik.moderation.control.CommentQuery;
import ru.otklik.moderation.entity.Blacklisting;
import ru.otklik.moderation.entity.Comment;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The blacklist of R2.9: authors banned in one official account or in all the organisation's
 * accounts in a network, for a term, with a reason, by whom and when. Terms end by themselves
 * ({@link #expireDue()}, run every minute by {@link ModerationJobs}), recorded as ended by
 * "system"; a person may end a ban early only with a reason. Nothing is deleted.
 */
@Stateless
@RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN})
public class Blacklists {

    private static final Logger LOG = Logger.getLogger(Blacklists.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public List<Blacklisting> page(@NotNull BanFilter filter, @Min(0) int offset, @Min(1) @Max(500) int limit) {
        return query(Blacklisting.class, "SELECT b FROM Blacklisting b JOIN FETCH b.network n LEFT JOIN FETCH b.account a",
                filter, " ORDER BY b.bannedAt DESC, b.id DESC").setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long count(@NotNull BanFilter filter) {
        return query(Long.class, "SELECT COUNT(b) FROM Blacklisting b", filter, "").getSingleResult();
    }

    public Blacklisting find(long id) {
        Blacklisting b = em.find(Blacklisting.class, id);
        if (b == null || b.getOrganisationId() != organisation.id()) {
            throw new RequestRefused("error.not-found");
        }
        return b;
    }

    /** The bans of an author that hold now, in any of the organisation's accounts of the network. */
    public List<Blacklisting> activeOf(long networkId, @NotNull String authorId) {
        return em.createNamedQuery(Blacklisting.ACTIVE_OF_AUTHOR, Blacklisting.class).setParameter("org", organisation.id())
                .setParameter("network", networkId).setParameter("author", authorId.strip())
                .setParameter("now", clock.instant()).getResultList();
    }

    /** Puts an author on the blacklist from now for the term; refused if the same ban already holds. */
    public Blacklisting ban(@NotNull @Valid BanRequest request) {
        long org = organisation.id();
        OfficialAccount account = null;
        Network network;
        if (request.getAccount() != null) {
            account = em.find(OfficialAccount.class, request.getAccount());
            if (account == null || account.getOrganisationId() != org) {
                throw RequestRefused.ofParameter("account", "moderation.error.account.unknown", request.getAccount());
            }
            network = account.getNetwork();
            if (request.getNetwork() != null && !request.getNetwork().equals(network.getId())) {
                throw RequestRefused.ofParameter("network", "moderation.error.network.mismatch",
                        request.getNetwork(), account.getName());
            }
        } else {
            if (request.getNetwork() == null) {
                throw RequestRefused.ofParameter("network", "moderation.error.ban.scope");
            }
            network = em.find(Network.class, request.getNetwork());
            if (network == null || network.getOrganisationId() != org) {
                throw RequestRefused.ofParameter("network", "error.network.unknown", request.getNetwork());
            }
        }
        Instant now = clock.instant();
        if (request.getTerm() == ru.otklik.moderation.entity.BanTerm.UNTIL_DATE && request.getUntil() == null) {
            throw RequestRefused.ofParameter("until", "moderation.error.ban.until-required");
        }
        Instant ends = request.getTerm().endOf(now, request.getUntil(), organisation.zone());
        if (ends != null && !ends.isAfter(now)) {
            throw RequestRefused.ofParameter("until", "moderation.error.ban.ends-before-start");
        }
        String authorId = request.getAuthorId().strip();
        Long accountId = account == null ? null : account.getId();
        boolean same = activeOf(network.getId(), authorId).stream().anyMatch(b -> b.getAccount() == null
                ? accountId == null : b.getAccount().getId().equals(accountId));
        if (same) {
            throw new RequestRefused("moderation.error.ban.exists");
        }
        if (request.getComment() != null) {
            Comment c = em.find(Comment.class, request.getComment());
            if (c == null || c.getOrganisationId() != org || !c.getAuthorId().equals(authorId)) {
                throw RequestRefused.ofParameter("comment", "error.not-found");
            }
        }
        Blacklisting b = new Blacklisting(org, network, account, authorId,
                CommentRegistrar.blankToNull(request.getAuthorName()), request.getReason(), request.getTerm(), now, ends,
                CommentRegistrar.blankToNull(request.getNote()), caller(), now, request.getComment());
        em.persist(b);
        em.flush();
        return b;
    }

    /** Ends a ban before its term, for a reason (kept with it). */
    public Blacklisting remove(long id, long version,
                               @NotBlank(message = "{ban.removal.reason.required}")
                               @Size(max = 2000, message = "{field.too-long}") String reason) {
        Blacklisting b = find(id);
        if (b.getVersion() != version) {
            throw new ConcurrentChange();
        }
        Instant now = clock.instant();
        if (!b.isActiveAt(now)) {
            throw new RequestRefused("moderation.error.ban.not-active");
        }
        b.remove(caller(), now, reason.strip());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange();
        }
        return b;
    }

    /**
     * Ends every ban whose term is over, in every organisation, recorded at the moment it ended and
     * by "system". Called by the scheduler (no caller identity), hence open to all: it only ends
     * what is due.
     *
     * @return how many ended
     */
    @PermitAll
    public int expireDue() {
        List<Blacklisting> due = em.createNamedQuery(Blacklisting.DUE_TO_EXPIRE, Blacklisting.class)
                .setParameter("now", clock.instant()).setMaxResults(1000).getResultList();
        due.forEach(Blacklisting::expire);
        if (!due.isEmpty()) {
            LOG.info(() -> "Ended " + due.size() + " bans whose term was over");
        }
        return due.size();
    }

    private <T> TypedQuery<T> query(Class<T> type, String select, BanFilter f, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE b.organisationId = :org");
        Map<String, Object> p = new HashMap<>();
        p.put("org", organisation.id());
        if (f.activeOnly()) {
            jpql.append(" AND b.expiredAt IS NULL AND (b.endsAt IS NULL OR b.endsAt > :now)");
            p.put("now", clock.instant());
        }
        if (f.network() != null) {
            jpql.append(" AND b.network.id = :network");
            p.put("network", f.network());
        }
        if (f.account() != null) {
            OfficialAccount a = em.find(OfficialAccount.class, f.account());
            jpql.append(" AND (b.account.id = :account OR (b.account IS NULL AND b.network.id = :accountNetwork))");
            p.put("account", f.account());
            p.put("accountNetwork", a == null ? -1L : a.getNetwork().getId());
        }
        if (f.text() != null && !f.text().isBlank()) {
            jpql.append(" AND (LOWER(b.authorName) LIKE :text ESCAPE '!' OR LOWER(b.note) LIKE :text ESCAPE '!'"
                    + " OR b.authorId = :exact)");
            p.put("text", CommentQuery.like(f.text()));
            p.put("exact", f.text().strip());
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        p.forEach(q::setParameter);
        return q;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
