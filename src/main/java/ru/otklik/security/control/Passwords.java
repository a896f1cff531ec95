package ru.otklik.security.control;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Staff passwords: bcrypt (a standard slow hash, cost {@value #COST}) in modular-crypt form,
 * made and checked with WildFly Elytron's password API, the same code the jdbc-realm uses at
 * login. Also the password rules and one-time passwords. Pure Java: no container needed.
 */
public final class Passwords {

    /** bcrypt cost: 2^12 rounds, about a quarter of a second per check on the target machines. */
    public static final int COST = 12;
    public static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_BYTES = 72;

    private static final Provider PROVIDER = new WildFlyElytronPasswordProvider();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/l/I: one-time passwords are read aloud and typed from paper. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final Set<String> COMMON = Set.of("password12", "1234567890", "qwertyuiop", "0987654321",
            "1q2w3e4r5t", "administrator", "йцукенгшщз", "пароль1234", "qwerty1234", "1111111111");

    private Passwords() {
    }

    /** A bcrypt hash of the password, e.g. {@code $2a$12$...}. */
    public static String hash(String password) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            RANDOM.nextBytes(salt);
            Password hashed = factory.generatePassword(new EncryptablePasswordSpec(password.toCharArray(),
                    new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Whether the password matches the stored hash; false for a malformed hash. */
    public static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Checks a new password against the rules; empty when acceptable, else the translation key
     * of the reason.
     */
    public static Optional<String> weakness(String password, String login) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("password.too-simple");
        }
        if (login != null && !login.isBlank() && lower.contains(login.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.contains-login");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }

    /** A random one-time password like {@code k7mp-x3qa-9rwe}: 12 letters of a 31-letter alphabet, ~59 bits. */
    public static String oneTime() {
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
