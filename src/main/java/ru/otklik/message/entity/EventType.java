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
    DEADLINE_RECOMPUTED,
    /** The deadline sweep warned: little working time is left (issue 5). */
    DEADLINE_WARNING,
    /** The deadline sweep noticed the deadline passed without an answer. */
    DEADLINE_OVERDUE;

    public String key() {
        return "message.event." + name();
    }
}
