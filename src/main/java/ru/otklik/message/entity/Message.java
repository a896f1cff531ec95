package ru.otklik.message.entity;

import jakarta.persistence.Column;
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
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import ru.otklik.audit.entity.Auditable;
import ru.otklik.security.entity.StaffUser;

import java.time.Instant;

/**
 * A message in a social network about the administration (R1.2) on its way through the
 * procedure of Appendix 1. Its text is whatever a stranger wrote: shown as text, never as HTML.
 * Deadlines are instants computed in working time from the detection (R1.6, R1.7) and, after an
 * interim answer, from the day it was posted (R1.9).
 */
@Entity
@Table(name = "message")
@NamedQuery(name = Message.BY_EXTERNAL_ID, query = "SELECT m FROM Message m WHERE m.organisationId = :org"
        + " AND m.source = :source AND m.externalId = :externalId")
@NamedQuery(name = Message.BY_URL_KEY, query = "SELECT m FROM Message m WHERE m.organisationId = :org"
        + " AND m.urlKey = :key ORDER BY m.id")
@NamedQuery(name = Message.OPEN_OF_ORGANISATION, query = "SELECT m FROM Message m WHERE m.organisationId = :org"
        + " AND m.closedAt IS NULL")
@NamedQuery(name = Message.ALARMS_DUE, query = "SELECT m.id FROM Message m WHERE m.alarmAt <= :now ORDER BY m.alarmAt, m.id")
// (in one order on every node: overlapping sweeps of two nodes wait for each other's row locks, never deadlock)
// only changed columns are written: the deadline sweep's alarm columns and a user's edit never overwrite each other
@DynamicUpdate
public class Message implements Auditable {

    public static final String BY_EXTERNAL_ID = "Message.byExternalId";
    public static final String BY_URL_KEY = "Message.byUrlKey";
    public static final String OPEN_OF_ORGANISATION = "Message.openOfOrganisation";
    public static final String ALARMS_DUE = "Message.alarmsDue";
    /** Longest text accepted: 64 KB in UTF-8; a longer one is refused, never cut. */
    public static final int MAX_TEXT_BYTES = 64 * 1024;
    static final int EXCERPT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status = MessageStatus.REGISTERED;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "network_id", nullable = false)
    private Network network;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    private String url;

    @Column(name = "url_key")
    private String urlKey;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "author_url")
    private String authorUrl;

    @Column(nullable = false)
    private String text;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "external_id", updatable = false)
    private String externalId;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "executor_id")
    private StaffUser executor;

    /** The curator named the executor on the head's behalf (an organisation setting allows it). */
    @Column(name = "assigned_on_behalf", nullable = false)
    private boolean assignedOnBehalf;

    /** The answer term: 8 (R1.6) or 4 (R1.7) working hours after detection. */
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "interim_answered_at")
    private Instant interimAnsweredAt;

    /** After an interim answer: the end of the 7th working day after it (R1.9). */
    @Column(name = "final_due_at")
    private Instant finalDueAt;

    /** The deadline that counts now, kept in a column of its own so that the grid sorts on an index. */
    @Column(name = "current_due_at", nullable = false)
    private Instant currentDueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The first answer posted (interim or final) and the working minutes from detection to it (reports, R1.13). */
    @Column(name = "first_answered_at")
    private Instant firstAnsweredAt;

    @Column(name = "first_answer_minutes")
    private Integer firstAnswerMinutes;

    /*
     * Deadline alarms (R1.6-R1.9): the warning instant of the current deadline, the next instant
     * at which the deadline sweep must act (null: nothing pending), and the deadlines for which
     * the warning and the overdue notice were already given, so each fires once per deadline.
     * They are the sweep's bookkeeping, not an edit of the message: excluded from the version, so
     * a warning never makes a user's concurrent edit fail.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "warn_at")
    private Instant warnAt;

    @OptimisticLock(excluded = true)
    @Column(name = "alarm_at")
    private Instant alarmAt;

    @OptimisticLock(excluded = true)
    @Column(name = "warned_for")
    private Instant warnedFor;

    @OptimisticLock(excluded = true)
    @Column(name = "overdue_for")
    private Instant overdueFor;

    @Enumerated(EnumType.STRING)
    @Column(name = "no_answer_ground")
    private NoAnswerGround noAnswerGround;

    @Version
    private long version;

    protected Message() {
    }

    public Message(long organisationId, MessageKind kind, Network network, String text, Instant detectedAt,
                   Instant registeredAt, String source, String externalId) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.network = network;
        this.text = text;
        this.detectedAt = detectedAt;
        this.registeredAt = registeredAt;
        this.source = source;
        this.externalId = externalId;
    }

    /** The deadline that counts now: the final one after an interim answer, else the first. */
    public Instant currentDueAt() {
        return currentDueAt;
    }

    /** Open and past its current deadline. */
    public boolean isOverdue(Instant now) {
        return status.isOpen() && currentDueAt() != null && now.isAfter(currentDueAt());
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public MessageKind getKind() {
        return kind;
    }

    public void setKind(MessageKind kind) {
        this.kind = kind;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public void setStatus(MessageStatus status) {
        this.status = status;
    }

    public Network getNetwork() {
        return network;
    }

    public void setNetwork(Network network) {
        this.network = network;
    }

    public Topic getTopic() {
        return topic;
    }

    public void setTopic(Topic topic) {
        this.topic = topic;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url, String urlKey) {
        this.url = url;
        this.urlKey = urlKey;
    }

    public String getUrlKey() {
        return urlKey;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getAuthorUrl() {
        return authorUrl;
    }

    public void setAuthorUrl(String authorUrl) {
        this.authorUrl = authorUrl;
    }

    public String getText() {
        return text;
    }

    /** The beginning of the text on one line, for notifications and e-mails (still untrusted: text only). */
    public String excerpt() {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }

    public void setText(String text) {
        this.text = text;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public void setDetectedAt(Instant detectedAt) {
        this.detectedAt = detectedAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getSource() {
        return source;
    }

    public String getExternalId() {
        return externalId;
    }

    public StaffUser getExecutor() {
        return executor;
    }

    public boolean isAssignedOnBehalf() {
        return assignedOnBehalf;
    }

    public void assign(StaffUser executor, boolean onBehalfOfHead) {
        this.executor = executor;
        this.assignedOnBehalf = onBehalfOfHead;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public void setDueAt(Instant dueAt) {
        this.dueAt = dueAt;
        this.currentDueAt = finalDueAt != null ? finalDueAt : dueAt;
    }

    public Instant getInterimAnsweredAt() {
        return interimAnsweredAt;
    }

    public Instant getFinalDueAt() {
        return finalDueAt;
    }

    public void interimAnswered(Instant at, Instant finalDue) {
        this.interimAnsweredAt = at;
        setFinalDueAt(finalDue);
    }

    public void setFinalDueAt(Instant finalDueAt) {
        this.finalDueAt = finalDueAt;
        this.currentDueAt = finalDueAt != null ? finalDueAt : dueAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void close(Instant at, MessageStatus terminal, NoAnswerGround ground) {
        this.closedAt = at;
        this.status = terminal;
        this.noAnswerGround = ground;
        this.alarmAt = null; // answered or closed: nothing more to warn about
    }

    /** The first answer (interim or final) was posted at {@code at}, {@code workingMinutes} after the detection. */
    public void firstAnswered(Instant at, long workingMinutes) {
        if (firstAnsweredAt == null) {
            firstAnsweredAt = at;
            firstAnswerMinutes = (int) Math.min(Integer.MAX_VALUE, workingMinutes);
        }
    }

    public Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    public Integer getFirstAnswerMinutes() {
        return firstAnswerMinutes;
    }

    /** Arms the alarms of the current deadline with its warning instant (computed in working time). */
    public void arm(Instant warnAt) {
        this.warnAt = warnAt;
        this.alarmAt = nextAlarm();
    }

    /** The warning of the current deadline was given. */
    public void warned() {
        this.warnedFor = currentDueAt;
        this.alarmAt = nextAlarm();
    }

    /** The current deadline passed and the overdue notice was given (a late warning is not given any more). */
    public void overdueNoticed() {
        this.warnedFor = currentDueAt;
        this.overdueFor = currentDueAt;
        this.alarmAt = nextAlarm();
    }

    /** The next instant the sweep must act on, or null when nothing is pending. */
    Instant nextAlarm() {
        if (closedAt != null || currentDueAt == null || currentDueAt.equals(overdueFor)) {
            return null;
        }
        if (warnAt != null && warnAt.isBefore(currentDueAt) && !currentDueAt.equals(warnedFor)) {
            return warnAt;
        }
        return currentDueAt;
    }

    public Instant getWarnAt() {
        return warnAt;
    }

    public Instant getAlarmAt() {
        return alarmAt;
    }

    /** The overdue notice of the current deadline was given. */
    public boolean isOverdueNoticed() {
        return currentDueAt != null && currentDueAt.equals(overdueFor);
    }

    public NoAnswerGround getNoAnswerGround() {
        return noAnswerGround;
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
        return "№" + id;
    }

    /**
     * Messages arrive by the thousand from monitoring software; each one's registration (who, when,
     * by which channel) is the first step of its own timeline (R1.12), and its fields are the row
     * itself. The audit log keeps every later change of a message.
     */
    @Override
    public boolean auditsCreation() {
        return false;
    }
}
