package ru.otklik.notify.entity;

/** What a notification is about; each may also go by e-mail (per-user settings). */
public enum NotificationKind {
    /** R1.14: a high-importance incident was registered or re-classified as one: the head and curator at once. */
    HIGH_IMPORTANCE,
    /** The head named this user the executor of a message. */
    ASSIGNED,
    /** Little working time is left before a message's deadline. */
    DEADLINE_WARNING,
    /** A message's deadline passed without an answer. */
    DEADLINE_OVERDUE,
    /** The curator's morning digest: overdue and due today. */
    DIGEST,
    /** An official account's week will fall short of the weekly target (R2.4). */
    CONTENT_SHORTFALL;

    public String key() {
        return "notification.kind." + name();
    }
}
