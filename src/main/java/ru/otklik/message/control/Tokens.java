package ru.otklik.message.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API bearer tokens: 32 random bytes (256 bits) with a recognisable prefix. A token this strong
 * needs no slow hash: the database keeps its SHA-256 only, so a stolen table reveals no token.
 */
public final class Tokens {

    public static final String PREFIX = "otk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first characters shown in the list of tokens, to tell them apart. */
    public static String visiblePrefix(String token) {
        return token.substring(0, Math.min(token.length(), 10));
    }

    /** The token of an {@code Authorization: Bearer ...} header, or {@code null}. */
    public static String fromHeader(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.startsWith(PREFIX) && token.length() < 200 ? token : null;
    }
}
