package ru.otklik.textcheck.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A sequence of words as written in the data files, matched against consecutive words of one
 * sentence (punctuation between them does not matter). Elements, separated by spaces:
 * <ul>
 *   <li>a word in one of the spellings of {@link WordPattern}, or several joined by {@code |}
 *       ({@code с|со});</li>
 *   <li>a word followed by {@code ?} is optional ({@code =ты?});</li>
 *   <li>{@code ...} skips up to three words, {@code ...N} up to N (1-9), never past the sentence.</li>
 * </ul>
 * The first element must be a plain (not optional) word: it is the key under which
 * {@link PhraseIndex} files the pattern.
 */
final class PhrasePattern {

    /** A word position ({@code gap == 0}) or a gap of up to {@code gap} words. */
    record Element(List<WordPattern> alternatives, boolean optional, int gap) {
        boolean matches(TokenSeq seq, int i) {
            String form = seq.form(i);
            for (WordPattern w : alternatives) {
                if (w.matches(form, w.needsStem() ? seq.stem(i) : null)) {
                    return true;
                }
            }
            return false;
        }

        /** For a single word whose stem is known, or null when no alternative needs it. */
        boolean matches(String form, String stem) {
            for (WordPattern w : alternatives) {
                if ((stem != null || !w.needsStem()) && w.matches(form, stem)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String source;
    private final Element[] elements;

    private PhrasePattern(String source, Element[] elements) {
        this.source = source;
        this.elements = elements;
    }

    static PhrasePattern parse(String source, UnaryOperator<String> stemmer) {
        String[] parts = source.strip().split("\\s+");
        List<Element> elements = new ArrayList<>();
        for (String part : parts) {
            if (part.startsWith("...")) {
                String n = part.substring(3);
                int gap = n.isEmpty() ? 3 : Integer.parseInt(n);
                if (gap < 1 || gap > 9) {
                    throw new IllegalArgumentException("a gap of 1 to 9 words, not " + gap);
                }
                elements.add(new Element(List.of(), false, gap));
                continue;
            }
            boolean optional = part.endsWith("?");
            String words = optional ? part.substring(0, part.length() - 1) : part;
            List<WordPattern> alternatives = new ArrayList<>();
            for (String w : words.split("\\|")) {
                alternatives.add(WordPattern.parse(w, stemmer));
            }
            elements.add(new Element(List.copyOf(alternatives), optional, 0));
        }
        if (elements.isEmpty() || elements.get(0).gap() > 0 || elements.get(0).optional()
                || elements.get(0).alternatives().stream().anyMatch(w -> w.value.isEmpty())) {
            throw new IllegalArgumentException("a pattern must begin with a plain word: " + source);
        }
        if (elements.get(elements.size() - 1).gap() > 0) {
            throw new IllegalArgumentException("a pattern must not end with a gap: " + source);
        }
        return new PhrasePattern(source, elements.toArray(Element[]::new));
    }

    Element first() {
        return elements[0];
    }

    boolean isSingleWord() {
        return elements.length == 1;
    }

    /** The index after the last matched word, or -1 when the pattern does not match at {@code i}. */
    int matchAt(TokenSeq seq, int i) {
        return match(seq, i, 0, seq.sentence(i));
    }

    private int match(TokenSeq seq, int i, int e, int sentence) {
        if (e == elements.length) {
            return i;
        }
        Element el = elements[e];
        if (el.gap() > 0) {
            for (int g = 0; g <= el.gap(); g++) {
                if (g > 0 && (i + g - 1 >= seq.size() || seq.sentence(i + g - 1) != sentence)) {
                    break;
                }
                int end = match(seq, i + g, e + 1, sentence);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i < seq.size() && seq.sentence(i) == sentence && el.matches(seq, i)) {
            int end = match(seq, i + 1, e + 1, sentence);
            if (end >= 0) {
                return end;
            }
        }
        return el.optional() ? match(seq, i, e + 1, sentence) : -1;
    }

    @Override
    public String toString() {
        return source;
    }
}
