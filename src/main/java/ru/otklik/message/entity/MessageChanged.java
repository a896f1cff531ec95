package ru.otklik.message.entity;

/**
 * A message was registered or changed (fired after the change is committed), so that open
 * screens refresh and notifications go out.
 *
 * @param kindBefore the kind before this change, {@code null} when the message is new
 */
public record MessageChanged(long organisationId, long messageId, MessageKind kind, MessageKind kindBefore,
                             MessageStatus status, EventType what) {

    /** Registered as, or re-classified to, a high-importance incident: the head must know at once (R1.14). */
    public boolean becameHighImportance() {
        return kind == MessageKind.HIGH_IMPORTANCE && kindBefore != MessageKind.HIGH_IMPORTANCE;
    }
}
