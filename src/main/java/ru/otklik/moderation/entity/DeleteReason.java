package ru.otklik.moderation.entity;

/** Why a comment was deleted (R2.9: breaking the law, spam, insults, obscenity). */
public enum DeleteReason {
    UNLAWFUL, SPAM, INSULT, OBSCENE_LANGUAGE, OFF_TOPIC, OTHER;

    public String key() {
        return "moderation.reason." + name();
    }

    /** The ban reason a deletion for this reason suggests (VK's community ban list). */
    public BanReason banReason() {
        return switch (this) {
            case SPAM -> BanReason.SPAM;
            case INSULT -> BanReason.INSULTING_MEMBERS;
            case OBSCENE_LANGUAGE -> BanReason.OBSCENE_LANGUAGE;
            case OFF_TOPIC -> BanReason.OFF_TOPIC;
            case UNLAWFUL, OTHER -> BanReason.OTHER;
        };
    }
}
