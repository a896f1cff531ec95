package ru.otklik.textcheck.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrase patterns filed under their first word, so that a text is read once and each word looks up
 * only the few patterns that can begin with it: by exact form, by stem, or by the first one to three
 * letters of a beginning ({@code осуществ*} under "осу"). No regular expression runs per word, and a
 * lookup allocates nothing: beginnings sit in a small trie of letters.
 *
 * @param <T> what a pattern stands for (a rule, a threat phrase, ...)
 */
final class PhraseIndex<T> {

    /** A pattern with what it stands for; {@code order} is the order of addition (the data file's). */
    record Entry<T>(PhrasePattern pattern, T payload, int order) {
    }

    /** A match of {@code entry} over the words {@code from} (inclusive) to {@code to} (exclusive). */
    interface Matches<T> {
        void found(Entry<T> entry, int from, int to);
    }

    private static final int KEY = 3;

    /** A letter of a beginning: the patterns whose beginning ends here, and whether a stem passes by. */
    private static final class Node<T> {
        char[] letters = new char[0];
        List<Node<T>> next = new ArrayList<>(0);
        List<Entry<T>> entries = List.of();
        /**
         * A Snowball stem is always a beginning of its word, so a word whose first letters lead to no
         * stem's node cannot have any of those stems and is never stemmed: stemming is the dearest
         * step, and only a few words of a text need it.
         */
        boolean stem;

        Node<T> child(char c) {
            int at = Arrays.binarySearch(letters, c);
            return at < 0 ? null : next.get(at);
        }

        Node<T> childOrNew(char c) {
            int at = Arrays.binarySearch(letters, c);
            if (at >= 0) {
                return next.get(at);
            }
            int insert = -at - 1;
            char[] grown = new char[letters.length + 1];
            System.arraycopy(letters, 0, grown, 0, insert);
            grown[insert] = c;
            System.arraycopy(letters, insert, grown, insert + 1, letters.length - insert);
            letters = grown;
            Node<T> n = new Node<>();
            next.add(insert, n);
            return n;
        }
    }

    private final Map<String, List<Entry<T>>> byForm = new HashMap<>();
    private final Map<String, List<Entry<T>>> byStem = new HashMap<>();
    private final Node<T> beginnings = new Node<>();
    private int size;

    void add(PhrasePattern pattern, T payload) {
        Entry<T> entry = new Entry<>(pattern, payload, size++);
        for (WordPattern w : pattern.first().alternatives()) {
            switch (w.kind) {
                case EXACT -> addTo(byForm.computeIfAbsent(w.value, k -> new ArrayList<>(2)), entry);
                case STEM -> {
                    addTo(byStem.computeIfAbsent(w.value, k -> new ArrayList<>(2)), entry);
                    node(w.value).stem = true;
                }
                case PREFIX -> {
                    Node<T> n = node(w.value);
                    if (n.entries.isEmpty()) {
                        n.entries = new ArrayList<>(2);
                    }
                    addTo(n.entries, entry);
                }
            }
        }
    }

    private Node<T> node(String word) {
        Node<T> n = beginnings;
        for (int k = 0; k < Math.min(KEY, word.length()); k++) {
            n = n.childOrNew(word.charAt(k));
        }
        return n;
    }

    private static <T> void addTo(List<Entry<T>> list, Entry<T> entry) {
        if (!list.contains(entry)) {
            list.add(entry);
        }
    }

    int size() {
        return size;
    }

    void forEachMatch(TokenSeq seq, Matches<T> matches) {
        List<Entry<T>> candidates = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) {
            candidates.clear();
            String form = seq.form(i);
            collect(byForm.get(form), candidates);
            boolean stemmable = false;
            Node<T> n = beginnings;
            for (int k = 0; k < Math.min(KEY, form.length()); k++) {
                n = n.child(form.charAt(k));
                if (n == null) {
                    break;
                }
                collect(n.entries, candidates);
                stemmable |= n.stem;
            }
            if (stemmable) {
                collect(byStem.get(seq.stem(i)), candidates);
            }
            for (int c = 0; c < candidates.size(); c++) {
                Entry<T> e = candidates.get(c);
                int end = e.pattern().matchAt(seq, i);
                if (end > i) {
                    matches.found(e, i, end);
                }
            }
        }
    }

    /**
     * The payload of the first one-word pattern (in the order of addition) that matches a single word,
     * or null: the dictionaries of single words ask this for each word, without a {@link TokenSeq}.
     */
    T firstSingleWord(String form, Stemmer stemmer) {
        Entry<T> best = better(null, byForm.get(form), form, null);
        boolean stemmable = false;
        Node<T> n = beginnings;
        for (int k = 0; k < Math.min(KEY, form.length()); k++) {
            n = n.child(form.charAt(k));
            if (n == null) {
                break;
            }
            best = better(best, n.entries, form, null);
            stemmable |= n.stem;
        }
        if (stemmable) {
            String stem = stemmer.stem(form);
            best = better(best, byStem.get(stem), form, stem);
        }
        return best == null ? null : best.payload();
    }

    private Entry<T> better(Entry<T> best, List<Entry<T>> found, String form, String stem) {
        if (found != null) {
            for (int k = 0; k < found.size(); k++) {
                Entry<T> e = found.get(k);
                if ((best == null || e.order() < best.order()) && e.pattern().isSingleWord()
                        && e.pattern().first().matches(form, stem)) {
                    best = e;
                }
            }
        }
        return best;
    }

    private static <T> void collect(List<Entry<T>> found, List<Entry<T>> into) {
        if (found != null) {
            for (int k = 0; k < found.size(); k++) {
                Entry<T> e = found.get(k);
                if (!into.contains(e)) {
                    into.add(e);
                }
            }
        }
    }
}
