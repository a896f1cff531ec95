package ru.otklik.moderation.entity;

import java.util.Set;

/**
 * What the abuse detection found in a comment's text at intake. A flag only draws the
 * moderator's eye and suggests a reason: a person decides, nothing is deleted automatically.
 */
public enum AbuseFlag {
    // in the order of gravity: the first one present suggests the reason
    THREAT(DeleteReason.UNLAWFUL), OBSCENE(DeleteReason.OBSCENE_LANGUAGE), INSULT(DeleteReason.INSULT),
    SPAM(DeleteReason.SPAM);

    private final DeleteReason suggests;

    AbuseFlag(DeleteReason suggests) {
        this.suggests = suggests;
    }

    public String key() {
        return "moderation.flag." + name();
    }

    public DeleteReason suggests() {
        return suggests;
    }

    /** The deletion reason the gravest of these flags suggests, or {@code null} for none. */
    public static DeleteReason suggestion(Set<AbuseFlag> flags) {
        for (AbuseFlag f : values()) {
            if (flags.contains(f)) {
                return f.suggests;
            }
        }
        return null;
    }
}
