package ru.otklik.content.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.otklik.content.entity.Post;
import ru.otklik.content.entity.PostFormat;
import ru.otklik.content.entity.PostTopic;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * What the SMM editor sets on a post: accounts, the local date and time in the organisation's zone,
 * format, topic and text. The boundary copies exactly these; the way through review is its own.
 */
public class PostDraft {

    private Long id;
    private long version;

    @NotEmpty(message = "{post.accounts.required}")
    private Set<Long> accountIds = new HashSet<>();

    @NotNull(message = "{post.plannedAt.required}")
    private LocalDateTime plannedAt;

    @NotNull
    private PostFormat format = PostFormat.TEXT;

    @NotNull
    private PostTopic topic = PostTopic.ADMINISTRATION_WORK;

    @NotBlank(message = "{post.text.required}")
    @Size(max = Post.TEXT_LIMIT, message = "{field.too-long}")
    private String text;

    public static PostDraft of(Post post, java.time.ZoneId zone) {
        PostDraft d = new PostDraft();
        d.id = post.getId();
        d.version = post.getVersion();
        d.accountIds = new HashSet<>(post.getAccountIds());
        d.plannedAt = LocalDateTime.ofInstant(post.getPlannedAt(), zone);
        d.format = post.getFormat();
        d.topic = post.getTopic();
        d.text = post.getText();
        return d;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Set<Long> getAccountIds() {
        return Set.copyOf(accountIds);
    }

    public void setAccountIds(Set<Long> accountIds) {
        this.accountIds = accountIds == null ? new HashSet<>() : new HashSet<>(accountIds);
    }

    public LocalDateTime getPlannedAt() {
        return plannedAt;
    }

    public void setPlannedAt(LocalDateTime plannedAt) {
        this.plannedAt = plannedAt;
    }

    public PostFormat getFormat() {
        return format;
    }

    public void setFormat(PostFormat format) {
        this.format = format;
    }

    public PostTopic getTopic() {
        return topic;
    }

    public void setTopic(PostTopic topic) {
        this.topic = topic;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
