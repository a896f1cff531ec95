package ru.otklik.textcheck.entity;

/**
 * The reason a moderator may delete a comment for (R2.9), as a suggestion. Named as the moderation
 * component's {@code DeleteReason} constants (UNLAWFUL, SPAM, INSULT, OBSCENE_LANGUAGE), so the
 * moderation queue maps with {@code DeleteReason.valueOf(reason.name())}; a threat is unlawful.
 */
public enum SuggestedReason {
    UNLAWFUL,
    SPAM,
    INSULT,
    OBSCENE_LANGUAGE
}
