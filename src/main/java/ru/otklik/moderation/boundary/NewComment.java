package ru.otklik.moderation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A comment or message in an official account, to put into the moderation queue: typed in by a
 * moderator, or brought by the REST API. Only these fields come from outside; the organisation,
 * the state and the screening are decided by the boundary.
 */
public class NewComment {

    @NotNull(message = "{comment.account.required}")
    private Long account;

    /** The network's code; when given it must be the account's network. */
    @Size(max = 30, message = "{field.too-long}")
    private String network;

    /** The comment's id in the network: a repeated (account, external id) is not stored twice. */
    @Size(max = 100, message = "{field.too-long}")
    private String externalId;

    @NotBlank(message = "{comment.author.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String authorId;

    @Size(max = 200, message = "{field.too-long}")
    private String authorName;

    /** Checked for its size in UTF-8 bytes by the boundary (64 KB), here only for presence. */
    @NotBlank(message = "{comment.text.required}")
    private String text;

    @Size(max = 1000, message = "{field.too-long}")
    @Pattern(regexp = "^$|https?://\\S+", message = "{url.invalid}")
    private String url;

    @NotNull(message = "{comment.postedAt.required}")
    private Instant postedAt;

    public NewComment() {
    }

    public NewComment(Long account, String authorId, String authorName, String text, Instant postedAt) {
        this.account = account;
        this.authorId = authorId;
        this.authorName = authorName;
        this.text = text;
        this.postedAt = postedAt;
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public void setPostedAt(Instant postedAt) {
        this.postedAt = postedAt;
    }
}
