package ru.otklik.socialaccount.boundary;

import ru.otklik.socialaccount.entity.CredentialField;

import java.time.Instant;
import java.util.Set;

/**
 * Which of an account's secrets are stored, when and by whom they last changed, and whether the
 * caller may reveal them: never the values themselves.
 */
public record CredentialState(long accountId, Set<CredentialField> stored, Instant updatedAt, String updatedBy,
                              boolean mayReveal) {
}
