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
import java.util.EnumSet;
import java.util.Set;

/**
 * A comment or message left in one of the administration's official accounts, in the moderation
 * queue (R2.9). A moderator keeps it or deletes it for a reason; the text stays here either way,
 * as written. The abuse flags and whether its author was on the blacklist are recorded once, when
 * it arrives.
 */
@Entity
@Table(name = "account_comment")
@NamedQuery(name = Comment.BY_EXTERNAL_ID, query = "SELECT c FROM Comment c WHERE c.account.id = :account"
        + " AND c.externalId = :externalId")
@NamedQuery(name = Comment.OF_AUTHOR, query = "SELECT c FROM Comment c JOIN FETCH c.account WHERE c.organisationId = :org"
        + " AND c.network.id = :network AND c.authorId = :author ORDER BY c.postedAt DESC, c.id DESC")
public class Comment implements Auditable {

    public static final String BY_EXTERNAL_ID = "Comment.byExternalId";
    public static final String OF_AUTHOR = "Comment.ofAuthor";
    /** The longest text kept, in UTF-8 bytes (as a message's). */
    public static final int MAX_TEXT_BYTES = 64 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_comment_seq")
    @SequenceGenerator(name = "account_comment_seq", sequenceName = "account_comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", updatable = false)
    private OfficialAccount account;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id", updatable = false)
    private Network network;

    @Column(name = "external_id", updatable = false)
    private String externalId;

    /** The author's user id in the network (what a ban names). */
    @Column(name = "author_id", nullable = false, updatable = false)
    private String authorId;

    @Column(name = "author_name")
    private String authorName;

    @Column(nullable = false, updatable = false)
    private String text;

    private String url;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false, updatable = false)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommentState state = CommentState.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "delete_reason")
    private DeleteReason deleteReason;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "flag_obscene")
    private boolean flagObscene;
    @Column(name = "flag_insult")
    private boolean flagInsult;
    @Column(name = "flag_threat")
    private boolean flagThreat;
    @Column(name = "flag_spam")
    private boolean flagSpam;

    @Column(name = "author_banned")
    private boolean authorBanned;

    private boolean flagged;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_reason")
    private DeleteReason suggestedReason;

    @Version
    private long version;

    protected Comment() {
    }

    public Comment(long organisationId, OfficialAccount account, String externalId, String authorId, String authorName,
                   String text, String url, Instant postedAt, Instant receivedAt, String source) {
        this.organisationId = organisationId;
        this.account = account;
        this.network = account.getNetwork();
        this.externalId = externalId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.text = text;
        this.url = url;
        this.postedAt = postedAt;
        this.receivedAt = receivedAt;
        this.source = source;
    }

    /** Records what the screening at intake found: the abuse flags and whether the author was banned here. */
    public void screened(Set<AbuseFlag> flags, boolean banned) {
        flagObscene = flags.contains(AbuseFlag.OBSCENE);
        flagInsult = flags.contains(AbuseFlag.INSULT);
        flagThreat = flags.contains(AbuseFlag.THREAT);
        flagSpam = flags.contains(AbuseFlag.SPAM);
        authorBanned = banned;
        flagged = banned || !flags.isEmpty();
        suggestedReason = AbuseFlag.suggestion(flags);
    }

    public void keep(String by, Instant at) {
        state = CommentState.KEPT;
        deleteReason = null;
        decisionNote = null;
        decidedBy = by;
        decidedAt = at;
    }

    public void delete(DeleteReason reason, String note, String by, Instant at) {
        state = CommentState.DELETED;
        deleteReason = reason;
        decisionNote = note;
        decidedBy = by;
        decidedAt = at;
    }

    public Set<AbuseFlag> getFlags() {
        Set<AbuseFlag> flags = EnumSet.noneOf(AbuseFlag.class);
        if (flagThreat) {
            flags.add(AbuseFlag.THREAT);
        }
        if (flagObscene) {
            flags.add(AbuseFlag.OBSCENE);
        }
        if (flagInsult) {
            flags.add(AbuseFlag.INSULT);
        }
        if (flagSpam) {
            flags.add(AbuseFlag.SPAM);
        }
        return flags;
    }

    @Override
    public Long auditOrganisationId() {
        return organisationId;
    }

    @Override
    public String auditLabel() {
        return "comment " + id;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public OfficialAccount getAccount() {
        return account;
    }

    public Network getNetwork() {
        return network;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    /** The author as shown: the name, else the network user id. */
    public String getAuthorLabel() {
        return authorName == null || authorName.isBlank() ? authorId : authorName;
    }

    public String getText() {
        return text;
    }

    public String getUrl() {
        return url;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getSource() {
        return source;
    }

    public CommentState getState() {
        return state;
    }

    public DeleteReason getDeleteReason() {
        return deleteReason;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public boolean isAuthorBanned() {
        return authorBanned;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public DeleteReason getSuggestedReason() {
        return suggestedReason;
    }

    public long getVersion() {
        return version;
    }
}
