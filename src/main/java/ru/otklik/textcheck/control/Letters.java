package ru.otklik.textcheck.control;

/** Small character helpers shared by both checks: one notion of "a letter" and one lower case. */
final class Letters {

    private Letters() {
    }

    /** Lower case with ё folded into е, so that rules never need to spell both. */
    static char fold(char c) {
        char l = Character.toLowerCase(c);
        return l == 'ё' ? 'е' : l;
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }

    static boolean isCyrillic(char c) {
        return (c >= 'А' && c <= 'я') || c == 'Ё' || c == 'ё';
    }

    static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** {@link #fold(String)} and {@link #collapse(String)} in one pass, one string. */
    static String foldCollapsed(String s) {
        StringBuilder b = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (i == 0 || c != last) {
                b.append(c);
            }
            last = c;
        }
        return b.toString();
    }

    /** Runs of one letter shrink to one ("бляяяя" to "бля"); used on both sides of a comparison. */
    static String collapse(String s) {
        if (s.length() < 2) {
            return s;
        }
        StringBuilder b = null;
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == s.charAt(i - 1)) {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (b != null) {
                b.append(s.charAt(i));
            }
        }
        return b == null ? s : b.toString();
    }
}
