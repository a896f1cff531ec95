/**
 * Official accounts (Appendix 2: R2.1, R2.2, R2.3, R2.7): the registry of the administration's
 * accounts with their official phone, responsible staff, description and design checklist; the
 * credential vault; the regional information-policy recommendations.
 *
 * <p>The vault ({@code control.CredentialCipher}) encrypts each login, password and recovery note
 * separately with AES-256-GCM from Google Tink, with the account and the field as associated data,
 * so a ciphertext copied onto another row or field does not decrypt. The key set lives in a file
 * outside the database ({@code OTKLIK_VAULT_KEY_FILE}); a missing or wrong key is reported as
 * such, never as garbage. Credentials are read only through {@code boundary.Accounts#reveal},
 * which checks the caller's right for that account and writes an audit line for every reveal.
 */
package ru.otklik.socialaccount;
