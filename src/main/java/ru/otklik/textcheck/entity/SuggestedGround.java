package ru.otklik.textcheck.entity;

/**
 * The R1.11 ground on which the message desk gives no answer, as a suggestion. The constants are
 * named exactly as {@code ru.otklik.message.entity.NoAnswerGround}, so the desk maps one to the
 * other with {@code NoAnswerGround.valueOf(ground.name())} (a test keeps the names in step); the
 * textcheck component does not depend on the message component.
 */
public enum SuggestedGround {
    /** сведения о намерениях причинить вред другому лицу (never suggested automatically: a person judges intent) */
    INTENT_TO_HARM,
    /** нецензурные выражения */
    OBSCENE_LANGUAGE,
    /** оскорбительные выражения */
    INSULT,
    /** угрозы жизни, здоровью и имуществу должностного лица или членов его семьи */
    THREAT_TO_OFFICIAL
}
