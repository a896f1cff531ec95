package ru.otklik.moderation.boundary;

/**
 * What the blacklist shows; every part optional.
 *
 * @param text       words in the author's name or note, or the author's exact network id
 * @param activeOnly only the bans that hold now
 * @param network    in this network (id)
 * @param account    for this account (id), including the bans for all accounts of its network
 */
public record BanFilter(String text, boolean activeOnly, Long network, Long account) {

    public static BanFilter active() {
        return new BanFilter(null, true, null, null);
    }

    public static BanFilter everything() {
        return new BanFilter(null, false, null, null);
    }

    public BanFilter withText(String t) {
        return new BanFilter(t, activeOnly, network, account);
    }
}
