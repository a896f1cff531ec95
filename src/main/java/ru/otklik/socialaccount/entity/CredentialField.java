package ru.otklik.socialaccount.entity;

/** The secrets kept for an account (R2.2); each is encrypted separately. */
public enum CredentialField {
    LOGIN, PASSWORD, RECOVERY;

    public String key() {
        return "account.credential." + name();
    }
}
