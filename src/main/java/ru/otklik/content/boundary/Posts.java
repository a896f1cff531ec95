package ru.otklik.content.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import ru.otklik.base.Roles;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.content.control.AccountWeek;
import ru.otklik.content.control.WeekPlans;
import ru.otklik.content.control.WeekQueries;
import ru.otklik.content.entity.MediaType;
import ru.otklik.content.entity.Post;
import ru.otklik.content.entity.PostMedia;
import ru.otklik.content.entity.PostStatus;
import ru.otklik.org.entity.Organisation;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content calendar (R2.4, R2.6): posts for the official accounts, their way through review
 * and publication, their files, and each account's weeks against the weekly target. SMM editors
 * write and publish; the curator also approves or returns a post for rework.
 */
@Stateless
@RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR})
public class Posts {

    /** Files a post may carry. */
    static final int MEDIA_PER_POST = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    WeekQueries weekQueries;

    // ---------------------------------------------------------------- reading

    public Post find(long id) {
        Post p = em.find(Post.class, id);
        if (p == null || !p.getOrganisationId().equals(organisation.id())) {
            throw new RequestRefused("error.post.not-found");
        }
        return p;
    }

    /** The posts shown on the calendar's days {@code from} to {@code to} (inclusive), optionally of one account. */
    public List<Post> calendar(@NotNull LocalDate from, @NotNull LocalDate to, Long accountId) {
        if (from.isAfter(to) || from.plusDays(62).isBefore(to)) {
            throw new RequestRefused("error.period.reversed");
        }
        ZoneId zone = organisation.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        TypedQuery<Post> q = em.createQuery("SELECT DISTINCT p FROM Post p WHERE p.organisationId = :org AND"
                + " ((p.plannedAt >= :start AND p.plannedAt < :end) OR (p.publishedAt >= :start AND p.publishedAt < :end))"
                + (accountId == null ? "" : " AND :account MEMBER OF p.accountIds")
                + " ORDER BY p.plannedAt", Post.class)
                .setParameter("org", organisation.id()).setParameter("start", start).setParameter("end", end);
        if (accountId != null) {
            q.setParameter("account", accountId);
        }
        return q.getResultList().stream().filter(p -> {
            Instant at = p.getWeekInstant();
            return !at.isBefore(start) && at.isBefore(end);
        }).toList();
    }

    public List<Post> page(@NotNull PostFilter filter, @Min(0) int offset, @Min(1) @Max(500) int limit) {
        return query(Post.class, "SELECT p", filter, " ORDER BY p.plannedAt DESC, p.id DESC")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(@NotNull PostFilter filter) {
        return query(Long.class, "SELECT COUNT(p)", filter, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(Class<T> type, String select, PostFilter f, String order) {
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw new RequestRefused("error.period.reversed");
        }
        ZoneId zone = organisation.zone();
        StringBuilder jpql = new StringBuilder(select).append(" FROM Post p WHERE p.organisationId = :org");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("org", organisation.id());
        if (f.accountId() != null) {
            jpql.append(" AND :account MEMBER OF p.accountIds");
            parameters.put("account", f.accountId());
        }
        if (f.status() != null) {
            jpql.append(" AND p.status = :status");
            parameters.put("status", f.status());
        }
        if (f.format() != null) {
            jpql.append(" AND p.format = :format");
            parameters.put("format", f.format());
        }
        if (f.topic() != null) {
            jpql.append(" AND p.topic = :topic");
            parameters.put("topic", f.topic());
        }
        if (f.from() != null) {
            jpql.append(" AND p.plannedAt >= :from");
            parameters.put("from", f.from().atStartOfDay(zone).toInstant());
        }
        if (f.to() != null) {
            jpql.append(" AND p.plannedAt < :to");
            parameters.put("to", f.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (f.text() != null && !f.text().isBlank()) {
            jpql.append(" AND LOWER(p.text) LIKE :text ESCAPE '!'");
            parameters.put("text", "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        parameters.forEach(q::setParameter);
        return q;
    }

    /**
     * Each planned account's counts for the weeks starting on the given Mondays (R2.4), against
     * the organisation's target.
     */
    public List<AccountWeek> weeks(@NotNull List<LocalDate> weeks) {
        ZoneId zone = organisation.zone();
        Organisation org = em.find(Organisation.class, organisation.id());
        List<OfficialAccount> accounts = em.createNamedQuery(OfficialAccount.OF_ORGANISATION, OfficialAccount.class)
                .setParameter("org", organisation.id()).getResultList().stream()
                .filter(a -> a.getStatus().planned()).toList();
        return weekQueries.weeks(organisation.id(), zone, org.getPostsPerWeek(), accounts, weeks);
    }

    /** How many planned accounts fall short of the target this week or the next (the home page's figure). */
    public long accountsFallingShort() {
        LocalDate monday = WeekPlans.weekStart(clock.instant(), organisation.zone());
        return weeks(List.of(monday, monday.plusWeeks(1))).stream().filter(w -> w.count().fallsShort())
                .map(AccountWeek::accountId).distinct().count();
    }

    // ---------------------------------------------------------------- writing

    /** A new post (as a draft) or changes to one not yet published or cancelled. */
    public Post save(@NotNull @Valid PostDraft draft) {
        Set<Long> accounts = draft.getAccountIds();
        List<OfficialAccount> own = em.createQuery("SELECT a FROM OfficialAccount a WHERE a.id IN :ids"
                + " AND a.organisationId = :org", OfficialAccount.class)
                .setParameter("ids", accounts).setParameter("org", organisation.id()).getResultList();
        if (own.size() != accounts.size()) {
            throw RequestRefused.ofParameter("accountIds", "error.post.account-unknown");
        }
        Post post;
        if (draft.getId() == null) {
            post = new Post(organisation.id(), clock.instant(), caller());
        } else {
            post = editable(draft.getId(), draft.getVersion());
            boolean changed = !post.getAccountIds().equals(accounts) || !draft.getText().strip().equals(post.getText());
            if (changed && (post.getStatus() == PostStatus.REVIEW || post.getStatus() == PostStatus.APPROVED)) {
                post.returned(null); // what was reviewed is not what will go out: review again
            }
        }
        post.setAccountIds(accounts);
        post.setPlannedAt(draft.getPlannedAt().atZone(organisation.zone()).toInstant());
        post.setFormat(draft.getFormat());
        post.setTopic(draft.getTopic());
        post.setText(draft.getText().strip());
        return stored(post);
    }

    /** Moves a post to another day, keeping its time of day (the calendar's drag and drop). */
    public Post move(long id, long version, @NotNull LocalDate day) {
        Post post = editable(id, version);
        ZoneId zone = organisation.zone();
        var local = post.getPlannedAt().atZone(zone);
        post.setPlannedAt(day.atTime(local.toLocalTime()).atZone(zone).toInstant());
        return stored(post);
    }

    public Post submit(long id, long version) {
        Post post = step(id, version, PostStatus.DRAFT);
        post.submitted(clock.instant(), caller());
        return stored(post);
    }

    @RolesAllowed(Roles.CURATOR)
    public Post approve(long id, long version) {
        Post post = step(id, version, PostStatus.REVIEW);
        post.approved(clock.instant(), caller());
        return stored(post);
    }

    @RolesAllowed(Roles.CURATOR)
    public Post returnForRework(long id, long version, @NotNull String comment) {
        if (comment.isBlank()) {
            throw RequestRefused.ofParameter("comment", "error.post.comment-required");
        }
        Post post = step(id, version, PostStatus.REVIEW);
        post.returned(comment.strip());
        return stored(post);
    }

    /** Marks an approved post as published, with the link to it in the network. */
    public Post publish(long id, long version, @NotNull String link) {
        if (!link.strip().matches("https?://\\S{3,990}")) {
            throw RequestRefused.ofParameter("link", "error.url.invalid");
        }
        Post post = step(id, version, PostStatus.APPROVED);
        post.published(clock.instant(), caller(), link.strip());
        return stored(post);
    }

    public Post cancel(long id, long version) {
        Post post = editable(id, version);
        post.cancelled(clock.instant(), caller());
        return stored(post);
    }

    // ---------------------------------------------------------------- files

    public List<PostMedia> media(long postId) {
        find(postId);
        return em.createNamedQuery(PostMedia.OF_POST, PostMedia.class).setParameter("post", postId).getResultList();
    }

    public PostMedia mediaWithContent(long mediaId) {
        PostMedia m = em.find(PostMedia.class, mediaId);
        if (m == null || !m.getOrganisationId().equals(organisation.id())) {
            throw new RequestRefused("error.post.not-found");
        }
        return m;
    }

    /**
     * Attaches a file, its type recognised from its first bytes: a photo (JPEG, PNG, GIF, WebP), a
     * short MP4 video or a PDF, each within its size limit; anything else is refused and nothing stored.
     */
    public PostMedia attach(long postId, @NotNull String fileName, @NotNull byte[] content) {
        Post post = find(postId);
        if (post.getStatus() == PostStatus.PUBLISHED || post.getStatus() == PostStatus.CANCELLED) {
            throw new RequestRefused("error.post.closed");
        }
        String name = fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.isEmpty() || name.length() > 255) {
            throw RequestRefused.ofParameter("file", "error.media.name");
        }
        MediaType type = MediaType.sniff(Arrays.copyOf(content, Math.min(content.length, 16)));
        if (type == null || !type.named(name)) {
            throw RequestRefused.ofParameter("file", "error.media.type", name);
        }
        if (content.length > type.limitBytes()) {
            throw RequestRefused.ofParameter("file", "error.media.too-large", name, type.limitMb());
        }
        if (media(postId).size() >= MEDIA_PER_POST) {
            throw RequestRefused.ofParameter("file", "error.media.too-many", MEDIA_PER_POST);
        }
        PostMedia m = new PostMedia(organisation.id(), postId, name, type, content, clock.instant(), caller());
        em.persist(m);
        em.flush();
        return new PostMedia(m.getId(), m.getOrganisationId(), postId, name, type, content.length, m.getUploadedAt(),
                m.getUploadedBy());
    }

    public void detach(long mediaId) {
        PostMedia m = mediaWithContent(mediaId);
        Post post = find(m.getPostId());
        if (post.getStatus() == PostStatus.PUBLISHED) {
            throw new RequestRefused("error.post.closed");
        }
        em.remove(m);
    }

    // ---------------------------------------------------------------- helpers

    private Post editable(long id, long version) {
        Post post = find(id);
        if (post.getVersion() != version) {
            throw new ConcurrentChange();
        }
        if (post.getStatus() == PostStatus.PUBLISHED || post.getStatus() == PostStatus.CANCELLED) {
            throw new RequestRefused("error.post.closed");
        }
        return post;
    }

    private Post step(long id, long version, PostStatus expected) {
        Post post = find(id);
        if (post.getVersion() != version) {
            throw new ConcurrentChange();
        }
        if (post.getStatus() != expected) {
            throw new RequestRefused("error.post.wrong-state");
        }
        return post;
    }

    private Post stored(Post post) {
        var violations = validator.validate(post);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        try {
            if (post.getId() == null) {
                em.persist(post);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange();
        }
        return post;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
