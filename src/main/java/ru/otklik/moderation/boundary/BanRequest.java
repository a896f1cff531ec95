package ru.otklik.moderation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.otklik.moderation.entity.BanReason;
import ru.otklik.moderation.entity.BanTerm;

import java.time.LocalDate;

/**
 * A ban to put on the blacklist (R2.9), as the ban dialog fills it: the author, one account or
 * every account of the organisation in a network, the reason, the term and a comment.
 */
public class BanRequest {

    /** The account; {@code null} for every account of the organisation in {@link #network}. */
    private Long account;

    /** The network (id); needed when no account is named, else it must be the account's. */
    private Long network;

    @NotBlank(message = "{comment.author.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String authorId;

    @Size(max = 200, message = "{field.too-long}")
    private String authorName;

    @NotNull(message = "{ban.reason.required}")
    private BanReason reason;

    @NotNull(message = "{ban.term.required}")
    private BanTerm term;

    /** The last day of a ban {@link BanTerm#UNTIL_DATE} (inclusive, organisation's zone). */
    private LocalDate until;

    @Size(max = 2000, message = "{field.too-long}")
    private String note;

    /** The comment that led to the ban, if any. */
    private Long comment;

    public BanRequest() {
    }

    public BanRequest(Long account, Long network, String authorId, String authorName, BanReason reason, BanTerm term) {
        this.account = account;
        this.network = network;
        this.authorId = authorId;
        this.authorName = authorName;
        this.reason = reason;
        this.term = term;
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public Long getNetwork() {
        return network;
    }

    public void setNetwork(Long network) {
        this.network = network;
    }

    public String getAuthorId() {
        return authorId;
    }

    public void setAuthorId(String authorId) {
        this.authorId = authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public BanReason getReason() {
        return reason;
    }

    public void setReason(BanReason reason) {
        this.reason = reason;
    }

    public BanTerm getTerm() {
        return term;
    }

    public void setTerm(BanTerm term) {
        this.term = term;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getComment() {
        return comment;
    }

    public void setComment(Long comment) {
        this.comment = comment;
    }
}
