package ru.otklik.message.control;

/** What a person can do to a message at some step of Appendix 1. */
public enum Action {
    /** Set or change kind and topic (triage; later, re-classification). */
    CLASSIFY,
    /** Close without an answer on a ground of R1.11. */
    CLOSE_NO_ANSWER,
    /** The curator sends the message to the head (R1.6). */
    SEND_TO_HEAD,
    /** The head names the executor (R1.6, R1.12), or the curator on the head's behalf where allowed. */
    ASSIGN_EXECUTOR,
    /** The executor writes a new version of the draft. */
    SAVE_DRAFT,
    /** The executor sends the latest draft for approval. */
    SUBMIT_DRAFT,
    /** The curator approves the submitted draft. */
    APPROVE_DRAFT,
    /** The curator returns the submitted draft with a comment. */
    RETURN_DRAFT,
    /** The operator records that the approved answer was posted (when, link). */
    POST_ANSWER;

    public String key() {
        return "message.action." + name();
    }
}
