package ru.otklik.message.entity;

/** The three kinds of message of R1.2, with their answer terms (R1.6, R1.7). */
public enum MessageKind {
    /** Инцидент: found by monitoring software; answer within 8 working hours (R1.6). */
    INCIDENT,
    /** Инцидент повышенной важности: socially significant; 4 working hours (R1.7), reported to the head at once (R1.14). */
    HIGH_IMPORTANCE,
    /** Публикация в социальной сети: found by the administration's staff; 8 working hours (R1.6). */
    PUBLICATION;

    public String key() {
        return "message.kind." + name();
    }
}
