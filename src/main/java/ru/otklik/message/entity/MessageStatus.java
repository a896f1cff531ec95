package ru.otklik.message.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a message stands in the procedure of Appendix 1. */
public enum MessageStatus {
    /** Registered, not yet triaged (kind and topic to confirm). */
    REGISTERED,
    /** Triaged by the operator or curator; the curator sends it to the head (R1.6). */
    TRIAGED,
    /** Sent to the head, who names the executor (R1.6, R1.12). */
    AWAITING_HEAD,
    /** The executor drafts the answer. */
    IN_WORK,
    /** A draft waits for the curator's approval. */
    IN_REVIEW,
    /** A draft is approved and waits to be posted in the network. */
    APPROVED,
    /** The final answer is posted. */
    CLOSED,
    /** Closed without an answer on a ground of R1.11. */
    NO_ANSWER;

    public static final Set<MessageStatus> OPEN = EnumSet.of(REGISTERED, TRIAGED, AWAITING_HEAD, IN_WORK, IN_REVIEW,
            APPROVED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public String key() {
        return "message.status." + name();
    }
}
