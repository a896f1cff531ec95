package ru.otklik.message.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
import ru.otklik.message.control.Action;
import ru.otklik.message.control.MessageQuery;
import ru.otklik.message.control.UrlKeys;
import ru.otklik.message.control.Workflow;
import ru.otklik.message.entity.Answer;
import ru.otklik.message.entity.AnswerDraft;
import ru.otklik.message.entity.AnswerKind;
import ru.otklik.message.entity.DraftStatus;
import ru.otklik.message.entity.EventType;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageChanged;
import ru.otklik.message.entity.MessageEvent;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.MessageStatus;
import ru.otklik.message.entity.Network;
import ru.otklik.message.entity.NoAnswerGround;
import ru.otklik.message.entity.Topic;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.security.entity.Role;
import ru.otklik.security.entity.StaffUser;
import ru.otklik.worktime.boundary.WorkingTimes;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The message desk: reading messages and moving them through the procedure of Appendix 1. Each
 * command checks the caller's roles (annotations), the step's rules ({@link Workflow}: a
 * forbidden transition is refused here, not only hidden in the UI) and the version the caller
 * saw (optimistic locking: a concurrent change is refused, never overwritten); each records who
 * and when in the message's timeline. Executors see only the messages assigned to them.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.CURATOR, Roles.HEAD, Roles.EXECUTOR})
public class Messages {

    /** How far the grid counts (see {@link MessageQuery#countUpTo}). */
    public static final int COUNT_CAP = MessageQuery.COUNT_CAP;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    MessageRegistrar registrar;

    @Inject
    Alarms alarms;

    @Inject
    WorkingTimes workingTimes;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

    @Inject
    Event<MessageChanged> changed;

    @Resource
    SessionContext context;

    // ---------------------------------------------------------------- reading

    public List<Message> page(@NotNull MessageFilter filter, List<MessageSort> sort, @Min(0) int offset,
                              @Min(1) @Max(500) int limit) {
        return MessageQuery.page(em, organisation.id(), conditions(filter), MessageSort.orderBy(sort), offset, limit,
                clock.instant(), organisation.zone());
    }

    public long count(@NotNull MessageFilter filter) {
        return query(Long.class, "SELECT COUNT(m) FROM Message m", filter, "").getSingleResult();
    }

    /** The grid's count: exact up to {@link #COUNT_CAP}, else {@code COUNT_CAP + 1} ("more than"). */
    public long countUpTo(@NotNull MessageFilter filter) {
        return MessageQuery.countUpTo(em, organisation.id(), conditions(filter), MessageQuery.COUNT_CAP,
                clock.instant(), organisation.zone());
    }

    /** The counts of the saved views: overdue, due today, awaiting the head, drafts in review, new. */
    public Map<String, Long> viewCounts() {
        Map<String, Long> counts = new HashMap<>();
        MessageFilter open = MessageFilter.all().withOpenOnly(true);
        counts.put("overdue", count(open.withOverdue(true)));
        counts.put("dueToday", count(open.withDueToday(true)));
        TypedQuery<Object[]> byStatus = em.createQuery("SELECT m.status, COUNT(m) FROM Message m"
                + " WHERE m.organisationId = :org AND m.closedAt IS NULL"
                + (executorOnly() ? " AND m.executor.login = :me" : "") + " GROUP BY m.status", Object[].class)
                .setParameter("org", organisation.id());
        if (executorOnly()) {
            byStatus.setParameter("me", caller());
        }
        for (Object[] row : byStatus.getResultList()) {
            counts.put(((MessageStatus) row[0]).name(), (Long) row[1]);
        }
        return counts;
    }

    public MessageDetails details(long id) {
        Message m = own(id);
        List<MessageEvent> timeline = em.createNamedQuery(MessageEvent.OF_MESSAGE, MessageEvent.class)
                .setParameter("message", id).getResultList();
        List<AnswerDraft> drafts = em.createNamedQuery(AnswerDraft.OF_MESSAGE, AnswerDraft.class)
                .setParameter("message", id).getResultList();
        List<Answer> answers = em.createNamedQuery(Answer.OF_MESSAGE, Answer.class)
                .setParameter("message", id).getResultList();
        Set<Action> allowed = allowed(m);
        List<Message> sameLink = m.getUrlKey() == null ? List.of()
                : em.createNamedQuery(Message.BY_URL_KEY, Message.class).setParameter("org", organisation.id())
                .setParameter("key", m.getUrlKey()).setMaxResults(20).getResultStream()
                .filter(other -> !other.getId().equals(m.getId())).toList();
        return new MessageDetails(m, timeline, drafts, answers, allowed, Workflow.primary(allowed, m.getStatus()),
                sameLink);
    }

    /** Messages already registered with the same post link (the registration form warns). */
    @RolesAllowed({Roles.OPERATOR, Roles.CURATOR})
    public List<Message> withSameLink(String url) {
        String key = UrlKeys.key(url);
        if (key == null) {
            return List.of();
        }
        return em.createNamedQuery(Message.BY_URL_KEY, Message.class).setParameter("org", organisation.id())
                .setParameter("key", key).setMaxResults(20).getResultList();
    }

    /** Active networks and topics offered for new messages. */
    public List<Network> networks() {
        return em.createNamedQuery(Network.OF_ORGANISATION, Network.class).setParameter("org", organisation.id())
                .getResultList();
    }

    public List<Topic> topics() {
        return em.createNamedQuery(Topic.OF_ORGANISATION, Topic.class).setParameter("org", organisation.id())
                .getResultList();
    }

    /** Staff who can be named executor: active, holding the EXECUTOR role. */
    @RolesAllowed({Roles.HEAD, Roles.CURATOR})
    public List<StaffUser> executors() {
        return em.createQuery("SELECT DISTINCT u FROM StaffUser u JOIN u.roles r WHERE u.organisation.id = :org"
                        + " AND u.active = TRUE AND r = :role ORDER BY u.fullName", StaffUser.class)
                .setParameter("org", organisation.id()).setParameter("role", Role.EXECUTOR).getResultList();
    }

    // ---------------------------------------------------------------- commands

    @RolesAllowed({Roles.OPERATOR, Roles.CURATOR})
    public Registration register(@NotNull @Valid NewMessage message) {
        return registrar.register(organisation.id(), message, caller());
    }

    /** Triage (R1.2): sets kind and topic; a re-classified kind gets its new term. */
    @RolesAllowed({Roles.OPERATOR, Roles.CURATOR})
    public Message classify(long id, long version, @NotNull MessageKind kind, Long topicId) {
        Message m = editable(id, version, Action.CLASSIFY);
        MessageKind before = m.getKind();
        Topic topic = topicId == null ? null : ownTopic(topicId);
        m.setKind(kind);
        m.setTopic(topic);
        m.setStatus(Workflow.afterClassify(m.getStatus()));
        if (before != kind && m.getInterimAnsweredAt() == null) {
            m.setDueAt(workingTimes.due(m.getOrganisationId(), DeadlineKinds.of(kind), m.getDetectedAt()));
            alarms.arm(m);
        }
        event(m, before == kind ? EventType.TRIAGED : EventType.RECLASSIFIED,
                kind.name() + (topic == null ? "" : ", " + topic.getName()));
        return saved(m, before);
    }

    /** R1.11: no answer is given; the ground is recorded and the message closed. */
    @RolesAllowed({Roles.OPERATOR, Roles.CURATOR})
    public Message closeNoAnswer(long id, long version, @NotNull NoAnswerGround ground,
                                 @Size(max = 2000, message = "{field.too-long}") String comment) {
        Message m = editable(id, version, Action.CLOSE_NO_ANSWER);
        m.close(clock.instant(), MessageStatus.NO_ANSWER, ground);
        event(m, EventType.CLOSED_NO_ANSWER, ground.name() + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
        return saved(m, m.getKind());
    }

    /** R1.6: the curator sends the message to the head, who names the executor. */
    @RolesAllowed(Roles.CURATOR)
    public Message sendToHead(long id, long version) {
        Message m = editable(id, version, Action.SEND_TO_HEAD);
        m.setStatus(MessageStatus.AWAITING_HEAD);
        event(m, EventType.SENT_TO_HEAD, null);
        return saved(m, m.getKind());
    }

    /**
     * R1.6, R1.12: the head names the executor (or re-assigns). The curator may do it on the
     * head's behalf where the organisation allows it; the timeline says so.
     */
    @RolesAllowed({Roles.HEAD, Roles.CURATOR})
    public Message assignExecutor(long id, long version, long executorId) {
        Message m = editable(id, version, Action.ASSIGN_EXECUTOR);
        StaffUser executor = em.find(StaffUser.class, executorId);
        if (executor == null || executor.getOrganisation().getId() != organisation.id() || !executor.isActive()
                || !executor.hasRole(Role.EXECUTOR)) {
            throw RequestRefused.ofParameter("executor", "error.executor.invalid");
        }
        boolean onBehalf = !context.isCallerInRole(Roles.HEAD);
        m.assign(executor, onBehalf);
        m.setStatus(MessageStatus.IN_WORK);
        event(m, EventType.EXECUTOR_ASSIGNED, executor.getFullName() + (onBehalf ? " (on behalf of the head)" : ""));
        return saved(m, m.getKind(), EventType.EXECUTOR_ASSIGNED);
    }

    /** The executor writes a new version of the draft (every version is kept, R1.12). */
    @RolesAllowed(Roles.EXECUTOR)
    public AnswerDraft saveDraft(long id, long version, @NotNull AnswerKind kind,
                                 @NotBlank(message = "{answer.text.required}") String text) {
        Message m = editable(id, version, Action.SAVE_DRAFT);
        if (kind == AnswerKind.INTERIM && m.getInterimAnsweredAt() != null) {
            throw RequestRefused.ofParameter("kind", "error.interim.already");
        }
        if (text.strip().length() > m.getNetwork().getAnswerLimit()) {
            throw RequestRefused.ofParameter("text", "error.answer.too-long", m.getNetwork().getAnswerLimit());
        }
        List<AnswerDraft> drafts = drafts(id);
        AnswerDraft draft = new AnswerDraft(id, drafts.size() + 1, kind, text.strip(), caller(), clock.instant());
        em.persist(draft);
        event(m, EventType.DRAFT_SAVED, "v" + draft.getNumber() + " " + kind.name());
        saved(m, m.getKind());
        return draft;
    }

    @RolesAllowed(Roles.EXECUTOR)
    public Message submitDraft(long id, long version) {
        Message m = editable(id, version, Action.SUBMIT_DRAFT);
        AnswerDraft latest = latest(id, DraftStatus.DRAFT, "error.draft.none");
        latest.setStatus(DraftStatus.SUBMITTED);
        m.setStatus(MessageStatus.IN_REVIEW);
        event(m, EventType.DRAFT_SUBMITTED, "v" + latest.getNumber());
        return saved(m, m.getKind());
    }

    @RolesAllowed(Roles.CURATOR)
    public Message approveDraft(long id, long version) {
        Message m = editable(id, version, Action.APPROVE_DRAFT);
        AnswerDraft latest = latest(id, DraftStatus.SUBMITTED, "error.draft.none");
        latest.reviewed(DraftStatus.APPROVED, caller(), clock.instant(), null);
        m.setStatus(MessageStatus.APPROVED);
        event(m, EventType.DRAFT_APPROVED, "v" + latest.getNumber());
        return saved(m, m.getKind());
    }

    @RolesAllowed(Roles.CURATOR)
    public Message returnDraft(long id, long version,
                               @NotBlank(message = "{review.comment.required}")
                               @Size(max = 2000, message = "{field.too-long}") String comment) {
        Message m = editable(id, version, Action.RETURN_DRAFT);
        AnswerDraft latest = latest(id, DraftStatus.SUBMITTED, "error.draft.none");
        latest.reviewed(DraftStatus.RETURNED, caller(), clock.instant(), comment.strip());
        m.setStatus(MessageStatus.IN_WORK);
        event(m, EventType.DRAFT_RETURNED, "v" + latest.getNumber() + ": " + comment.strip());
        return saved(m, m.getKind());
    }

    /**
     * The operator records that the approved answer was posted in the network: when and where.
     * An interim answer (R1.8) must be posted before the first deadline; the final answer is then
     * due at the end of the 7th working day after it (R1.9). A final answer closes the message.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.CURATOR})
    public Message postAnswer(long id, long version, @NotNull Instant postedAt,
                              @Size(max = 1000, message = "{field.too-long}") String url) {
        Message m = editable(id, version, Action.POST_ANSWER);
        AnswerDraft approved = latest(id, DraftStatus.APPROVED, "error.draft.none");
        Instant now = clock.instant();
        if (postedAt.isAfter(now.plus(MessageRegistrar.FUTURE_TOLERANCE))) {
            throw RequestRefused.ofParameter("postedAt", "error.posted.future");
        }
        if (postedAt.isBefore(m.getDetectedAt())) {
            throw RequestRefused.ofParameter("postedAt", "error.posted.before-detection");
        }
        if (!UrlKeys.isWebLink(url)) {
            throw RequestRefused.ofParameter("url", "error.url.invalid");
        }
        if (approved.getKind() == AnswerKind.INTERIM && postedAt.isAfter(m.getDueAt())) {
            throw RequestRefused.ofParameter("postedAt", "error.interim.after-deadline");
        }
        approved.setStatus(DraftStatus.POSTED);
        em.persist(new Answer(id, approved.getKind(), approved.getId(), approved.getText(), postedAt,
                MessageRegistrar.blankToNull(url), caller()));
        m.firstAnswered(postedAt, workingTimes.workingMinutesBetween(m.getOrganisationId(), m.getDetectedAt(), postedAt));
        if (approved.getKind() == AnswerKind.INTERIM) {
            m.interimAnswered(postedAt, workingTimes.finalDue(m.getOrganisationId(), postedAt));
            alarms.arm(m);
            m.setStatus(MessageStatus.IN_WORK);
            event(m, EventType.INTERIM_POSTED, url);
        } else {
            m.close(postedAt, MessageStatus.CLOSED, null);
            event(m, EventType.FINAL_POSTED, url);
        }
        return saved(m, m.getKind());
    }

    // ---------------------------------------------------------------- internals

    private Set<Action> allowed(Message m) {
        return Workflow.allowed(m.getStatus(), callerRoles(), isExecutor(m), curatorMayAssign());
    }

    private Message editable(long id, long version, Action action) {
        Message m = own(id);
        if (m.getVersion() != version) {
            throw new ConcurrentChange();
        }
        Workflow.require(action, m.getStatus(), callerRoles(), isExecutor(m), curatorMayAssign());
        return m;
    }

    private Message saved(Message m, MessageKind kindBefore) {
        return saved(m, kindBefore, null);
    }

    private Message saved(Message m, MessageKind kindBefore, EventType what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange();
        }
        changed.fire(new MessageChanged(m.getOrganisationId(), m.getId(), m.getKind(), kindBefore, m.getStatus(),
                what));
        return m;
    }

    private void event(Message m, EventType type, String details) {
        em.persist(new MessageEvent(m.getId(), clock.instant(), caller(), type, details));
    }

    private Message own(long id) {
        Message m = em.find(Message.class, id);
        if (m == null || m.getOrganisationId() != organisation.id()) {
            throw new RequestRefused("error.not-found");
        }
        if (executorOnly() && !isExecutor(m)) {
            throw new RequestRefused("error.not-found");
        }
        return m;
    }

    private Topic ownTopic(long topicId) {
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null || topic.getOrganisationId() != organisation.id()) {
            throw RequestRefused.ofParameter("topic", "error.topic.unknown", topicId);
        }
        return topic;
    }

    private List<AnswerDraft> drafts(long messageId) {
        return em.createNamedQuery(AnswerDraft.OF_MESSAGE, AnswerDraft.class).setParameter("message", messageId)
                .getResultList();
    }

    private AnswerDraft latest(long messageId, DraftStatus expected, String refusal) {
        List<AnswerDraft> drafts = drafts(messageId);
        if (drafts.isEmpty() || drafts.get(drafts.size() - 1).getStatus() != expected) {
            throw new RequestRefused(refusal);
        }
        return drafts.get(drafts.size() - 1);
    }

    private boolean isExecutor(Message m) {
        return m.getExecutor() != null && m.getExecutor().getLogin().equals(caller());
    }

    private boolean curatorMayAssign() {
        return organisations.current().isCuratorMayAssign();
    }

    private Set<Role> callerRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (context.isCallerInRole(r.roleName())) {
                roles.add(r);
            }
        }
        return roles;
    }

    private boolean executorOnly() {
        return !(context.isCallerInRole(Roles.OPERATOR) || context.isCallerInRole(Roles.CURATOR)
                || context.isCallerInRole(Roles.HEAD));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private <T> TypedQuery<T> query(Class<T> type, String select, MessageFilter f, String order) {
        return MessageQuery.create(em, type, select, organisation.id(), conditions(f), order, clock.instant(),
                organisation.zone());
    }

    /** The filter's conditions; an executor alone sees only the messages given to them. */
    private MessageQuery.Conditions conditions(MessageFilter f) {
        return f.conditions(executorOnly() ? caller() : null);
    }
}
