package ru.otklik.message.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.otklik.message.entity.MessageKind;

import java.time.Instant;

/**
 * A message to register: from the registration form, the REST API of monitoring software, or a
 * row of an imported file. Only these fields can be set from outside; status, deadlines and the
 * organisation are decided by the boundary.
 */
public class NewMessage {

    @NotNull(message = "{message.kind.required}")
    private MessageKind kind;

    @NotBlank(message = "{message.network.required}")
    @Size(max = 30, message = "{field.too-long}")
    private String network;

    @Size(max = 30, message = "{field.too-long}")
    private String topic;

    @Size(max = 1000, message = "{field.too-long}")
    private String url;

    @Size(max = 200, message = "{field.too-long}")
    private String authorName;

    @Size(max = 1000, message = "{field.too-long}")
    private String authorUrl;

    /** Checked for its size in UTF-8 bytes by the boundary (64 KB), here only for presence. */
    @NotBlank(message = "{message.text.required}")
    private String text;

    @NotNull(message = "{message.detectedAt.required}")
    private Instant detectedAt;

    @Size(max = 100, message = "{field.too-long}")
    private String source;

    @Size(max = 100, message = "{field.too-long}")
    private String externalId;

    public NewMessage() {
    }

    public MessageKind getKind() {
        return kind;
    }

    public void setKind(MessageKind kind) {
        this.kind = kind;
    }

    /** The network's code, e.g. {@code vk}, {@code ok}, {@code telegram}, {@code max}. */
    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    /** The topic's code, optional. */
    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
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

    public void setText(String text) {
        this.text = text;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public void setDetectedAt(Instant detectedAt) {
        this.detectedAt = detectedAt;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }
}
