package ru.otklik.socialaccount.entity;

/** The design checklist of an account (R2.7): what a visitor sees before reading a post. */
public enum DesignItem {
    AVATAR, COVER, DESCRIPTION, PINNED_POST, WIDGETS, CONTACTS;

    public String key() {
        return "account.design." + name();
    }
}
