package ru.otklik.message.entity;

/** The steps of a message's timeline. */
public enum EventType {
    REGISTERED,
    TRIAGED,
    RECLASSIFIED,
    CLOSED_NO_ANSWER,
    SENT_TO_HEAD,
    EXECUTOR_ASSIGNED,
    DRAFT_SAVED,
    DRAFT_SUBMITTED,
    DRAFT_APPROVED,
    DRAFT_RETURNED,
    INTERIM_POSTED,
    FINAL_POSTED,
    DEADLINE_RECOMPUTED;

    public String key() {
        return "message.event." + name();
    }
}
