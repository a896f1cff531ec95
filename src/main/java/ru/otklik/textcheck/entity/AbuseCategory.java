package ru.otklik.textcheck.entity;

import java.util.Optional;

/**
 * What the abuse detection flags, in the order of gravity (the first present decides the suggested
 * ground and reason). The names are those of the moderation component's {@code AbuseFlag}.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>category</th><th>R1.11 ground ({@code NoAnswerGround})</th><th>moderation ({@code DeleteReason})</th></tr>
 *   <tr><td>THREAT</td><td>THREAT_TO_OFFICIAL</td><td>UNLAWFUL</td></tr>
 *   <tr><td>OBSCENE</td><td>OBSCENE_LANGUAGE</td><td>OBSCENE_LANGUAGE</td></tr>
 *   <tr><td>INSULT</td><td>INSULT</td><td>INSULT</td></tr>
 *   <tr><td>SPAM</td><td>none (not an R1.11 ground)</td><td>SPAM</td></tr>
 * </table>
 */
public enum AbuseCategory {
    /** Угрозы жизни, здоровью, имуществу; призывы к расправе. */
    THREAT(SuggestedGround.THREAT_TO_OFFICIAL, SuggestedReason.UNLAWFUL),
    /** Нецензурная брань (мат), в том числе замаскированная. */
    OBSCENE(SuggestedGround.OBSCENE_LANGUAGE, SuggestedReason.OBSCENE_LANGUAGE),
    /** Оскорбления людей. */
    INSULT(SuggestedGround.INSULT, SuggestedReason.INSULT),
    /** Реклама, ссылки с рекламой, флуд, массовые упоминания. */
    SPAM(null, SuggestedReason.SPAM);

    private final SuggestedGround ground;
    private final SuggestedReason reason;

    AbuseCategory(SuggestedGround ground, SuggestedReason reason) {
        this.ground = ground;
        this.reason = reason;
    }

    /** The R1.11 ground this suggests to the message desk; none for spam. */
    public Optional<SuggestedGround> noAnswerGround() {
        return Optional.ofNullable(ground);
    }

    /** The deletion reason this suggests to a moderator. */
    public SuggestedReason moderationReason() {
        return reason;
    }

    /** The message bundle key of the category's name. */
    public String key() {
        return "textcheck.abuse." + name();
    }
}
