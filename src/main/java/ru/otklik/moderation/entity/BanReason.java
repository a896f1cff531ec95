package ru.otklik.moderation.entity;

/** The reason of a ban, as VK's community ban dialog names it (R2.9: "as the network's rules allow"). */
public enum BanReason {
    OTHER, SPAM, INSULTING_MEMBERS, OBSCENE_LANGUAGE, OFF_TOPIC;

    public String key() {
        return "moderation.ban-reason." + name();
    }
}
