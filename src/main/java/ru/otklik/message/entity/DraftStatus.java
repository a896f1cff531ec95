package ru.otklik.message.entity;

/** The life of one draft version (R1.12). */
public enum DraftStatus {
    /** Being written by the executor. */
    DRAFT,
    /** Sent to the curator for approval. */
    SUBMITTED,
    /** Approved by the curator. */
    APPROVED,
    /** Returned by the curator with a comment. */
    RETURNED,
    /** Posted in the network. */
    POSTED;

    public String key() {
        return "draft.status." + name();
    }
}
