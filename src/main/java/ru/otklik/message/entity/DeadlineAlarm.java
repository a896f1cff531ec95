package ru.otklik.message.entity;

import java.time.Instant;

/**
 * The deadline sweep found a message whose answer term is nearly used up ({@link Stage#WARNING})
 * or has passed ({@link Stage#OVERDUE}). Fired inside the sweep's transaction, so whatever the
 * observers record (notifications, e-mails to send) commits or rolls back with the alarm itself.
 *
 * @param finalAnswer the deadline is the final answer's after an interim one (R1.9)
 * @param executorId  the named executor, null while none is named
 * @param excerpt     the beginning of the message's text (untrusted: shown as text only)
 */
public record DeadlineAlarm(long organisationId, long messageId, MessageKind kind, Stage stage, boolean finalAnswer,
                            Instant dueAt, Long executorId, String excerpt) {

    public enum Stage {
        WARNING,
        OVERDUE
    }
}
