package ru.otklik.message.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which a batch compares (source, external id) pairs among themselves and with the
 * rows it looked up: equal exactly when the database's unique key {@code uk_message_external}
 * would call them equal. On MariaDB the columns use {@code utf8mb4_unicode_ci}: case, accents
 * ("ё" and "е") and trailing spaces do not count. A batch that held "VK" and "vk" as two new
 * messages would otherwise insert both and fail as a whole at commit. (On H2 the comparison is
 * exact, so there the second is answered as the first too: the same answer on both databases.)
 */
public final class ExternalIds {

    /** Combining marks (accents after NFD), control and format characters: ignorable to the collation. */
    private static final Pattern IGNORED = Pattern.compile("[\\p{Mn}\\p{Cc}\\p{Cf}]+");
    private static final Pattern TRAILING_SPACES = Pattern.compile(" +$");

    private ExternalIds() {
    }

    /** The comparison key of a (source, external id) pair. */
    public static String key(String source, String externalId) {
        String s = fold(source);
        return s.length() + ":" + s + fold(externalId);
    }

    /**
     * Compatibility forms unfolded (full-width letters, ligatures), case folded, accents and
     * ignorable characters removed, trailing spaces dropped: the equality of utf8mb4_unicode_ci as
     * far as ids written by software go (checked against MariaDB 10.11: "vk" = "Vk " = "VK\0" =
     * "ｖｋ", "ёлка" = "Елка", "ß" = "ss"; " 42" and "4 2" differ).
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (plainAscii(text)) {
            return text.toLowerCase(Locale.ROOT); // what monitoring software sends: nothing to unfold
        }
        return foldFully(text);
    }

    /** {@link #fold} without the shortcut for plain ASCII (the tests hold the two to the same result). */
    static String foldFully(String text) {
        String plain = IGNORED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return TRAILING_SPACES.matcher(plain.toLowerCase(Locale.ROOT).replace("ß", "ss")).replaceAll("");
    }

    /** Printable ASCII not ending in a space: NFKD, the ignorable characters and the trailing spaces change nothing. */
    private static boolean plainAscii(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return n == 0 || text.charAt(n - 1) != ' ';
    }
}
