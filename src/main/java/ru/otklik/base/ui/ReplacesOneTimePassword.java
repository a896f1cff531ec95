package ru.otklik.base.ui;

/**
 * A view on which a user holding a one-time password replaces it (the profile, the first-start
 * wizard): such a user is let through to it instead of being sent to the profile first.
 */
public interface ReplacesOneTimePassword {
}
