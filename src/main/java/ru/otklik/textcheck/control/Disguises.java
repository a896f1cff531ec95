package ru.otklik.textcheck.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the ways people write a word so that a filter misses it, giving the Cyrillic forms a
 * word may stand for:
 * <ul>
 *   <li>Latin letters that look like Cyrillic ones: a-а, e-е, o-о, p-р, c-с, x-х, y-у, k-к, m-м,
 *       t-т, B-в, b-ь, H/h-н, u-и, n-п, r-г ("xyйня", "Нaхyй");</li>
 *   <li>transliteration, for words in Latin letters ("pizdec", "blyat", "zaebali");</li>
 *   <li>digits and signs for letters: 0-о, 3-з, 4-ч, 6-б, 8-в, 9-я, @-а, $-с ("пи3дец", "6лять",
 *       "заеб@ли"), only inside a word that has letters, so numbers stay numbers;</li>
 *   <li>repeated letters, collapsed to one ("бляяяя", "хуииий"); the dictionaries are collapsed
 *       the same way when loaded;</li>
 *   <li>{@code *} inside a word is dropped here ("х*у*й"); as a stand-in for letters ("п*здец") it is
 *       matched by {@link AbuseDetector} against whole words.</li>
 * </ul>
 * Separators inside a word ("х.у.й", "б л я") are undone by {@link Pieces}, which joins the pieces.
 */
final class Disguises {

    private static final char[] LOOKALIKE = new char[128];
    private static final String[] TRANSLIT = new String[128];
    private static final char[] SHAPES = new char[128];

    static {
        String pairs = "aаAаbьBвcсCсeеEеHнhнkкKкmмMмoоOоpрPрtтTтxхXхyуYуuиnпrг";
        for (int i = 0; i < pairs.length(); i += 2) {
            LOOKALIKE[pairs.charAt(i)] = pairs.charAt(i + 1);
        }
        String[] t = {"a", "а", "b", "б", "c", "ц", "d", "д", "e", "е", "f", "ф", "g", "г", "h", "х", "i", "и",
                "j", "й", "k", "к", "l", "л", "m", "м", "n", "н", "o", "о", "p", "п", "q", "к", "r", "р", "s", "с",
                "t", "т", "u", "у", "v", "в", "w", "в", "x", "кс", "y", "ы", "z", "з"};
        for (int i = 0; i < t.length; i += 2) {
            TRANSLIT[t[i].charAt(0)] = t[i + 1];
        }
        String shapes = "0о3з4ч6б8в9я@а$с";
        for (int i = 0; i < shapes.length(); i += 2) {
            SHAPES[shapes.charAt(i)] = shapes.charAt(i + 1);
        }
    }

    private static final String[][] DIGRAPHS = {
            {"shch", "щ"}, {"sch", "щ"}, {"sh", "ш"}, {"ch", "ч"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"},
            {"ck", "к"}, {"ya", "я"}, {"yu", "ю"}, {"yo", "е"}, {"ye", "е"}, {"ja", "я"}, {"ju", "ю"},
            {"jo", "е"}, {"je", "е"}};

    private Disguises() {
    }

    /** Whether a character can be part of a word as people disguise words (letters, digits, @ $ *). */
    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '$' || c == '*';
    }

    /**
     * The forms a piece of text may stand for, the most likely first, each folded and collapsed;
     * empty for a piece without letters (a number).
     */
    static List<String> variants(String raw) {
        boolean cyrillic = false;
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Letters.isCyrillic(c)) {
                cyrillic = true;
            } else if (Letters.isLatin(c)) {
                latin = true;
            } else if (!Character.isLetter(c)) {
                other = true;
            }
        }
        if (!cyrillic && !latin) {
            boolean letters = raw.codePoints().anyMatch(Character::isLetter);
            return letters ? List.of(Letters.collapse(Letters.fold(raw.replace("*", "")))) : List.of();
        }
        if (!latin && !other) {
            return List.of(Letters.foldCollapsed(raw));
        }
        List<String> variants = new ArrayList<>(3);
        add(variants, lookalike(raw, false));
        if (latin) {
            add(variants, transliterated(raw));
        }
        return variants;
    }

    private static void add(List<String> variants, String v) {
        String collapsed = Letters.collapse(v);
        if (!collapsed.isEmpty() && !variants.contains(collapsed)) {
            variants.add(collapsed);
        }
    }

    /** Look-alike letters and digits made Cyrillic, folded; stars dropped or kept. */
    static String lookalike(String raw, boolean keepStars) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '*') {
                if (keepStars) {
                    b.append(c);
                }
                continue;
            }
            if (c < 128) {
                if (LOOKALIKE[c] != 0) {
                    b.append(LOOKALIKE[c]);
                } else if (SHAPES[c] != 0) {
                    b.append(SHAPES[c]);
                } else if (TRANSLIT[Character.toLowerCase(c)] != null) {
                    b.append(TRANSLIT[Character.toLowerCase(c)]);
                } else {
                    b.append(c);
                }
            } else {
                b.append(Letters.fold(c));
            }
        }
        return b.toString();
    }

    private static String transliterated(String raw) {
        String s = raw.toLowerCase(java.util.Locale.ROOT).replace("*", "");
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        outer:
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < 128 && Letters.isLatin(c)) {
                for (String[] d : DIGRAPHS) {
                    if (s.startsWith(d[0], i)) {
                        b.append(d[1]);
                        i += d[0].length();
                        continue outer;
                    }
                }
                if (c == 'y' && i > 0 && "aeiouy".indexOf(s.charAt(i - 1)) >= 0) {
                    b.append('й');
                } else {
                    b.append(TRANSLIT[c]);
                }
            } else if (c < 128 && SHAPES[c] != 0) {
                b.append(SHAPES[c]);
            } else {
                b.append(Letters.fold(c));
            }
            i++;
        }
        return b.toString();
    }
}
