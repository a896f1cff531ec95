package ru.otklik.textcheck.control;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One word of a rule in the data files, in one of four spellings:
 * <ul>
 *   <li>{@code данный} - any word with the same Snowball stem ("данного", "данной", "данные");</li>
 *   <li>{@code =целях} - exactly this form;</li>
 *   <li>{@code осуществ*} - any word beginning so ("осуществляется", "осуществления");
 *       {@code провод*ся} - beginning so and ending so; {@code *ена} - any word of at least three
 *       more letters ending so (not as the first word of a phrase);</li>
 *   <li>{@code проведен*{,а,о,ы}} - the beginning followed by exactly one of the endings (an empty
 *       ending allowed): "проведен", "проведена", "проведено", "проведены", but not "проведение".</li>
 * </ul>
 * Rule words are folded like the text (lower case, ё as е).
 */
final class WordPattern {

    enum Kind { STEM, EXACT, PREFIX }

    final Kind kind;
    /** The stem, the exact form or the beginning. */
    final String value;
    private final String suffix;
    private final Set<String> endings;

    private WordPattern(Kind kind, String value, String suffix, Set<String> endings) {
        this.kind = kind;
        this.value = value;
        this.suffix = suffix;
        this.endings = endings;
    }

    static WordPattern parse(String spelled, UnaryOperator<String> stemmer) {
        String s = Letters.fold(spelled.strip());
        if (s.isEmpty()) {
            throw new IllegalArgumentException("an empty word");
        }
        if (s.startsWith("=")) {
            return new WordPattern(Kind.EXACT, requireWord(s.substring(1), spelled), "", null);
        }
        int star = s.indexOf('*');
        if (star == 0) {
            // "*ена": any word of at least three more letters ending so (never a phrase's first word)
            return new WordPattern(Kind.PREFIX, "", requireWord(s.substring(1), spelled), null);
        }
        if (star > 0) {
            String prefix = requireWord(s.substring(0, star), spelled);
            String rest = s.substring(star + 1);
            if (rest.startsWith("{") && rest.endsWith("}")) {
                Set<String> endings = new LinkedHashSet<>();
                for (String e : rest.substring(1, rest.length() - 1).split(",", -1)) {
                    endings.add(e.strip());
                }
                return new WordPattern(Kind.PREFIX, prefix, "", Set.copyOf(endings));
            }
            if (!rest.isEmpty()) {
                requireWord(rest, spelled);
            }
            return new WordPattern(Kind.PREFIX, prefix, rest, null);
        }
        String word = requireWord(s, spelled);
        String stem = stemmer.apply(word);
        // "в", "с", "по": a word that is its own stem is matched faster as an exact form
        return stem.equals(word) && word.length() <= 2
                ? new WordPattern(Kind.EXACT, word, "", null)
                : new WordPattern(Kind.STEM, stem, "", null);
    }

    private static String requireWord(String s, String spelled) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no letters in \"" + spelled + "\"");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                throw new IllegalArgumentException("\"" + spelled + "\" has '" + c + "' where a letter was expected");
            }
        }
        return s;
    }

    boolean needsStem() {
        return kind == Kind.STEM;
    }

    /** @param stem may be null when {@link #needsStem()} is false */
    boolean matches(String form, String stem) {
        return switch (kind) {
            case STEM -> value.equals(stem);
            case EXACT -> value.equals(form);
            case PREFIX -> form.startsWith(value) && restMatches(form);
        };
    }

    private boolean restMatches(String form) {
        if (endings != null) {
            return endings.contains(form.substring(value.length()));
        }
        if (suffix.isEmpty()) {
            return true;
        }
        int least = value.length() + suffix.length() + (value.isEmpty() ? 3 : 0);
        return form.length() >= least && form.endsWith(suffix);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STEM -> "~" + value;
            case EXACT -> "=" + value;
            case PREFIX -> value + "*" + (endings != null ? endings : suffix);
        };
    }
}
