package ru.otklik.socialaccount.entity;

/** Where an official account stands (R2.1, R2.2). */
public enum AccountStatus {
    /** Being created by the general department: not yet public. */
    CREATING,
    ACTIVE,
    /** Blocked by the network (or frozen): posts planned for it are at risk. */
    BLOCKED,
    /** No longer run; kept with its history. */
    ARCHIVED;

    public String key() {
        return "account.status." + name();
    }

    /** Whether posts are planned and counted against the weekly target for it. */
    public boolean planned() {
        return this == ACTIVE || this == CREATING;
    }
}
