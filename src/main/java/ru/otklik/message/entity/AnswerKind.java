package ru.otklik.message.entity;

/** An interim answer (R1.8) or the final one. */
public enum AnswerKind {
    INTERIM,
    FINAL;

    public String key() {
        return "answer.kind." + name();
    }
}
