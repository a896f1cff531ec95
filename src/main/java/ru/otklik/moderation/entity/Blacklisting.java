package ru.otklik.moderation.entity;

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
import ru.otklik.audit.entity.Auditable;
import ru.otklik.message.entity.Network;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.time.Instant;

/**
 * An author on the blacklist (R2.9): the network, the user, the account (or all the
 * organisation's accounts in that network), the reason, the term, who and when. Never deleted:
 * it ends by itself when its term is over (recorded by "system") or is removed early by a person
 * who gives a reason.
 */
@Entity
@Table(name = "blacklisting")
@NamedQuery(name = Blacklisting.ACTIVE_OF_AUTHOR, query = "SELECT b FROM Blacklisting b WHERE b.organisationId = :org"
        + " AND b.network.id = :network AND b.authorId = :author AND b.expiredAt IS NULL"
        + " AND (b.endsAt IS NULL OR b.endsAt > :now)")
@NamedQuery(name = Blacklisting.OF_AUTHOR, query = "SELECT b FROM Blacklisting b LEFT JOIN FETCH b.account"
        + " WHERE b.organisationId = :org AND b.network.id = :network AND b.authorId = :author ORDER BY b.bannedAt DESC")
@NamedQuery(name = Blacklisting.DUE_TO_EXPIRE, query = "SELECT b FROM Blacklisting b WHERE b.expiredAt IS NULL"
        + " AND b.endsAt <= :now ORDER BY b.endsAt")
public class Blacklisting implements Auditable {

    public static final String ACTIVE_OF_AUTHOR = "Blacklisting.activeOfAuthor";
    public static final String OF_AUTHOR = "Blacklisting.ofAuthor";
    public static final String DUE_TO_EXPIRE = "Blacklisting.dueToExpire";
    /** Who ends a ban whose term is over. */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "blacklisting_seq")
    @SequenceGenerator(name = "blacklisting_seq", sequenceName = "blacklisting_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id", updatable = false)
    private Network network;

    /** The account; {@code null}: every account of the organisation in the network. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", updatable = false)
    private OfficialAccount account;

    @Column(name = "author_id", nullable = false, updatable = false)
    private String authorId;

    @Column(name = "author_name")
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BanReason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BanTerm term;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    /** {@code null}: for ever. */
    @Column(name = "ends_at")
    private Instant endsAt;

    private String note;

    @Column(name = "banned_by", nullable = false, updatable = false)
    private String bannedBy;

    @Column(name = "banned_at", nullable = false, updatable = false)
    private Instant bannedAt;

    @Column(name = "comment_id", updatable = false)
    private Long commentId;

    @Column(name = "expired_at")
    private Instant expiredAt;

    @Column(name = "expired_by")
    private String expiredBy;

    @Column(name = "removal_reason")
    private String removalReason;

    @Version
    private long version;

    protected Blacklisting() {
    }

    public Blacklisting(long organisationId, Network network, OfficialAccount account, String authorId,
                        String authorName, BanReason reason, BanTerm term, Instant startsAt, Instant endsAt,
                        String note, String bannedBy, Instant bannedAt, Long commentId) {
        this.organisationId = organisationId;
        this.network = network;
        this.account = account;
        this.authorId = authorId;
        this.authorName = authorName;
        this.reason = reason;
        this.term = term;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.note = note;
        this.bannedBy = bannedBy;
        this.bannedAt = bannedAt;
        this.commentId = commentId;
    }

    /** Whether the ban holds at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return expiredAt == null && (endsAt == null || endsAt.isAfter(now));
    }

    /** Whether it covers comments in this account (its own, or all in its network). */
    public boolean covers(OfficialAccount a) {
        return account == null ? a.getNetwork().getId().equals(network.getId()) : account.getId().equals(a.getId());
    }

    /** The term is over: recorded at the moment it ended, by "system". */
    public void expire() {
        expiredAt = endsAt;
        expiredBy = SYSTEM;
    }

    /** Removed before its term by a person, for a reason. */
    public void remove(String by, Instant at, String why) {
        expiredAt = at;
        expiredBy = by;
        removalReason = why;
    }

    public boolean isRemovedEarly() {
        return expiredAt != null && removalReason != null;
    }

    @Override
    public Long auditOrganisationId() {
        return organisationId;
    }

    @Override
    public String auditLabel() {
        return (authorName == null ? authorId : authorName);
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Network getNetwork() {
        return network;
    }

    public OfficialAccount getAccount() {
        return account;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorLabel() {
        return authorName == null || authorName.isBlank() ? authorId : authorName;
    }

    public BanReason getReason() {
        return reason;
    }

    public BanTerm getTerm() {
        return term;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getNote() {
        return note;
    }

    public String getBannedBy() {
        return bannedBy;
    }

    public Instant getBannedAt() {
        return bannedAt;
    }

    public Long getCommentId() {
        return commentId;
    }

    public Instant getExpiredAt() {
        return expiredAt;
    }

    public String getExpiredBy() {
        return expiredBy;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public long getVersion() {
        return version;
    }
}
