package ru.otklik.message.entity;

/** The grounds of R1.11 on which no answer is given. */
public enum NoAnswerGround {
    /** сведения о намерениях причинить вред другому лицу */
    INTENT_TO_HARM,
    /** нецензурные выражения */
    OBSCENE_LANGUAGE,
    /** оскорбительные выражения */
    INSULT,
    /** угрозы жизни, здоровью и имуществу должностного лица или членов его семьи */
    THREAT_TO_OFFICIAL;

    public String key() {
        return "message.no-answer." + name();
    }
}
