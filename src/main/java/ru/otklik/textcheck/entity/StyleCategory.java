package ru.otklik.textcheck.entity;

/**
 * What kind of problem a style finding marks (R2.8, R1.10), with its weight in the score of
 * {@link StyleReport#score()}. The first four are bureaucratese proper; the last two are plain
 * readability problems that a conversational text can have too.
 */
public enum StyleCategory {
    /** Канцеляризм: "в целях", "осуществлять", "данный", "является". */
    BUREAUCRATESE(1.0, true),
    /** Цепочка отглагольных существительных: "обеспечения безопасности движения". */
    NOUN_CHAIN(1.0, true),
    /** Штамп пресс-релиза: "Администрация информирует", "Доводим до вашего сведения". */
    PRESS_RELEASE(1.5, true),
    /** Страдательный оборот: "проводится", "было принято". */
    PASSIVE(0.75, true),
    /** Слишком длинное предложение. */
    LONG_SENTENCE(1.0, false),
    /** Слово заглавными буквами (не аббревиатура). */
    CAPITALS(0.5, false);

    private final double weight;
    private final boolean bureaucratese;

    StyleCategory(double weight, boolean bureaucratese) {
        this.weight = weight;
        this.bureaucratese = bureaucratese;
    }

    /** How much one finding of this kind costs in the score. */
    public double weight() {
        return weight;
    }

    /** Whether a finding of this kind means the text has bureaucratese (as opposed to being hard to read). */
    public boolean bureaucratese() {
        return bureaucratese;
    }

    /** The message bundle key of the category's name. */
    public String key() {
        return "textcheck.style." + name();
    }
}
