package ru.otklik.moderation.entity;

/** Where a comment stands in the moderation queue (R2.9). */
public enum CommentState {
    /** Waiting for a moderator's decision. */
    PENDING,
    /** Looked at and left in place. */
    KEPT,
    /** Deleted in the network, for a recorded reason; its text is kept here for the record. */
    DELETED;

    public String key() {
        return "moderation.state." + name();
    }
}
