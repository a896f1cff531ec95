package ru.otklik.moderation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
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
import ru.otklik.moderation.entity.CommentState;
import ru.otklik.moderation.entity.DeleteReason;
import ru.otklik.security.entity.StaffUser;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The moderation queue of the official accounts (R2.9): reading it page by page with its counts,
 * putting a comment in by hand, and the decisions: keep, or delete for a reason (the text is
 * kept for the record), one by one or for a selection. Moderators, curators and administrators
 * decide; an SMM editor may read the queue of the accounts they are responsible for. Each
 * decision names the version the moderator saw: a decision someone else made meanwhile is
 * reported ({@link ConcurrentChange}), never silently overwritten.
 */
@Stateless
@RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN})
public class Moderation {

    /** The most items one bulk decision may take. */
    public static final int MAX_BULK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    CommentRegistrar registrar;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    // ---------------------------------------------------------------- reading

    @RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN, Roles.SMM_EDITOR})
    public List<Comment> page(@NotNull CommentFilter filter, @Min(0) int offset, @Min(1) @Max(500) int limit) {
        Set<Long> visible = visibleAccounts();
        // The organisation's few accounts and networks are read first, into this transaction's
        // persistence context, so the page's comments refer to them without a JOIN: with the join,
        // MariaDB started from the accounts and sorted every matching comment (bench/moderation.sh);
        // alone, the page is read in index order (organisation, state, posted_at, id) and stops at
        // the limit.
        em.createNamedQuery(Network.OF_ORGANISATION, Network.class).setParameter("org", organisation.id())
                .getResultList();
        em.createNamedQuery(OfficialAccount.OF_ORGANISATION, OfficialAccount.class)
                .setParameter("org", organisation.id()).getResultList();
        return CommentQuery.create(em, Comment.class, "SELECT c FROM Comment c", organisation.id(),
                        filter.conditions(visible), CommentQuery.orderBy(filter.oldestFirst()), organisation.zone())
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN, Roles.SMM_EDITOR})
    public long count(@NotNull CommentFilter filter) {
        return CommentQuery.create(em, Long.class, "SELECT COUNT(c) FROM Comment c", organisation.id(),
                filter.conditions(visibleAccounts()), "", organisation.zone()).getSingleResult();
    }

    /** How many comments of the filter are in each state (the queue's tabs), ignoring the filter's own states. */
    @RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN, Roles.SMM_EDITOR})
    public Map<CommentState, Long> counts(@NotNull CommentFilter filter) {
        Map<CommentState, Long> counts = new EnumMap<>(CommentState.class);
        for (CommentState s : CommentState.values()) {
            counts.put(s, 0L);
        }
        CommentQuery.create(em, Object[].class, "SELECT c.state, COUNT(c) FROM Comment c", organisation.id(),
                        filter.withStates(Set.of()).conditions(visibleAccounts()), " GROUP BY c.state",
                        organisation.zone())
                .getResultList().forEach(row -> counts.put((CommentState) row[0], (Long) row[1]));
        return counts;
    }

    @RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN, Roles.SMM_EDITOR})
    public Comment find(long id) {
        Comment c = em.find(Comment.class, id);
        Set<Long> visible = visibleAccounts();
        if (c == null || c.getOrganisationId() != organisation.id()
                || visible != null && !visible.contains(c.getAccount().getId())) {
            throw new RequestRefused("error.not-found");
        }
        return c;
    }

    /** The official accounts whose comments the caller may see (all of the organisation's for a moderator). */
    @RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN, Roles.SMM_EDITOR})
    public List<OfficialAccount> accounts() {
        List<OfficialAccount> all = em.createNamedQuery(OfficialAccount.OF_ORGANISATION, OfficialAccount.class)
                .setParameter("org", organisation.id()).getResultList();
        Set<Long> visible = visibleAccounts();
        return visible == null ? all : all.stream().filter(a -> visible.contains(a.getId())).toList();
    }

    /** The organisation's networks (a ban for all accounts names one). */
    public List<Network> networks() {
        return em.createNamedQuery(Network.OF_ORGANISATION, Network.class).setParameter("org", organisation.id())
                .getResultList();
    }

    /** Whether the caller may decide and ban (the screens show the buttons only then). */
    @RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN, Roles.SMM_EDITOR})
    public boolean mayDecide() {
        return decider();
    }

    /** An author's earlier comments with their decisions, and every ban of them, newest first. */
    public AuthorHistory history(long networkId, @NotNull @Size(max = 100) String authorId) {
        Network network = em.find(Network.class, networkId);
        if (network == null || network.getOrganisationId() != organisation.id()) {
            throw RequestRefused.ofParameter("network", "error.network.unknown", networkId);
        }
        List<Comment> comments = em.createNamedQuery(Comment.OF_AUTHOR, Comment.class)
                .setParameter("org", organisation.id()).setParameter("network", networkId)
                .setParameter("author", authorId).setMaxResults(500).getResultList();
        List<Blacklisting> bans = em.createNamedQuery(Blacklisting.OF_AUTHOR, Blacklisting.class)
                .setParameter("org", organisation.id()).setParameter("network", networkId)
                .setParameter("author", authorId).getResultList();
        String name = comments.stream().map(Comment::getAuthorName).filter(n -> n != null && !n.isBlank()).findFirst()
                .orElse(bans.stream().map(Blacklisting::getAuthorName).filter(n -> n != null && !n.isBlank())
                        .findFirst().orElse(null));
        Instant now = clock.instant();
        return new AuthorHistory(network, authorId, name, comments, bans,
                bans.stream().anyMatch(b -> b.isActiveAt(now)));
    }

    /**
     * Authors with at least {@code minimum} deleted comments or bans together, most first: whom
     * to watch. One grouped query over the comments and one over the bans.
     */
    public List<RepeatOffender> repeatOffenders(@Min(1) int minimum) {
        record Key(long network, String author) {
        }
        Map<Key, long[]> counts = new HashMap<>();
        Map<Key, String> names = new HashMap<>();
        Map<Key, Instant> last = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.network.id, c.authorId, MAX(c.authorName), COUNT(c), MAX(c.postedAt)"
                        + " FROM Comment c WHERE c.organisationId = :org AND c.state = :deleted"
                        + " GROUP BY c.network.id, c.authorId", Object[].class)
                .setParameter("org", organisation.id()).setParameter("deleted", CommentState.DELETED).getResultList()) {
            Key k = new Key((Long) row[0], (String) row[1]);
            counts.computeIfAbsent(k, x -> new long[2])[0] = (Long) row[3];
            names.put(k, (String) row[2]);
            last.put(k, (Instant) row[4]);
        }
        for (Object[] row : em.createQuery("SELECT b.network.id, b.authorId, MAX(b.authorName), COUNT(b), MAX(b.bannedAt)"
                        + " FROM Blacklisting b WHERE b.organisationId = :org GROUP BY b.network.id, b.authorId",
                        Object[].class)
                .setParameter("org", organisation.id()).getResultList()) {
            Key k = new Key((Long) row[0], (String) row[1]);
            counts.computeIfAbsent(k, x -> new long[2])[1] = (Long) row[3];
            names.putIfAbsent(k, (String) row[2]);
            Instant at = (Instant) row[4];
            last.merge(k, at, (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<Long, Network> networks = networks().stream().collect(Collectors.toMap(Network::getId, n -> n));
        Instant now = clock.instant();
        List<RepeatOffender> result = new ArrayList<>();
        counts.forEach((k, c) -> {
            if (c[0] + c[1] >= minimum) {
                result.add(new RepeatOffender(networks.get(k.network()), k.author(), names.get(k), c[0], c[1],
                        last.get(k)));
            }
        });
        result.sort((a, b) -> a.total() != b.total() ? Long.compare(b.total(), a.total())
                : b.lastAt().compareTo(a.lastAt()));
        return result;
    }

    // ---------------------------------------------------------------- commands

    /** A comment typed in by a moderator (copied from the network). */
    public Comment add(@NotNull @Valid NewComment comment) {
        return registrar.register(organisation.id(), comment, caller()).comment();
    }

    /** Leaves the comment in place. */
    public Comment keep(long id, long version) {
        Comment c = decidable(id, version);
        if (c.getState() != CommentState.PENDING) {
            throw new RequestRefused("moderation.error.already-decided");
        }
        c.keep(caller(), clock.instant());
        return saved(c);
    }

    /** Deletes the comment for a reason; its text stays here for the record. */
    public Comment delete(long id, long version, @NotNull(message = "{comment.reason.required}") DeleteReason reason,
                          @Size(max = 2000, message = "{field.too-long}") String note) {
        Comment c = decidable(id, version);
        if (c.getState() == CommentState.DELETED) {
            throw new RequestRefused("moderation.error.already-deleted");
        }
        c.delete(reason, CommentRegistrar.blankToNull(note), caller(), clock.instant());
        return saved(c);
    }

    /**
     * One decision for a selection (the versions as the moderator saw them, by id): all or nothing,
     * so a selection of which someone else decided a part meanwhile is refused as a whole and read
     * again. Keeping leaves the already decided ones as they are; deleting takes pending and kept ones.
     *
     * @param reason {@code null} to keep, else delete for this reason
     * @return how many changed
     */
    public int decideAll(@NotNull @NotEmpty @Size(max = MAX_BULK) Map<Long, Long> versions, DeleteReason reason,
                         @Size(max = 2000, message = "{field.too-long}") String note) {
        Instant now = clock.instant();
        int changed = 0;
        for (Map.Entry<Long, Long> e : versions.entrySet()) {
            Comment c = decidable(e.getKey(), e.getValue());
            if (reason == null && c.getState() == CommentState.PENDING) {
                c.keep(caller(), now);
                changed++;
            } else if (reason != null && c.getState() != CommentState.DELETED) {
                c.delete(reason, CommentRegistrar.blankToNull(note), caller(), now);
                changed++;
            }
        }
        flush();
        return changed;
    }

    // ---------------------------------------------------------------- internals

    private Comment decidable(long id, long version) {
        Comment c = em.find(Comment.class, id);
        if (c == null || c.getOrganisationId() != organisation.id()) {
            throw new RequestRefused("error.not-found");
        }
        if (c.getVersion() != version) {
            throw new ConcurrentChange();
        }
        return c;
    }

    private Comment saved(Comment c) {
        flush();
        return c;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange();
        }
    }

    private boolean decider() {
        return context.isCallerInRole(Roles.MODERATOR) || context.isCallerInRole(Roles.CURATOR)
                || context.isCallerInRole(Roles.ADMIN);
    }

    /** {@code null} for a moderator (every account); for an SMM editor, the accounts they are responsible for. */
    private Set<Long> visibleAccounts() {
        if (decider()) {
            return null;
        }
        Long me = em.createNamedQuery(StaffUser.BY_LOGIN, StaffUser.class).setParameter("login", caller())
                .getResultStream().map(StaffUser::getId).findFirst().orElse(-1L);
        return em.createQuery("SELECT a.id FROM OfficialAccount a JOIN a.responsibleIds s WHERE a.organisationId = :org"
                        + " AND s = :me", Long.class).setParameter("org", organisation.id()).setParameter("me", me)
                .getResultStream().collect(Collectors.toSet());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
