package ru.otklik.textcheck.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrase patterns filed under their first word, so that a text is read once and each word looks up
 * only the few patterns that can begin with it: by exact form, by stem, or by the first one to three
 * letters of a beginning ({@code осуществ*} under "осу"). No regular expression runs per word.
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

    private final Map<String, List<Entry<T>>> byForm = new HashMap<>();
    private final Map<String, List<Entry<T>>> byStem = new HashMap<>();
    private final Map<String, List<Entry<T>>> byBeginning = new HashMap<>();
    /**
     * The first letters of the stems in {@code byStem}. A Snowball stem is always a beginning of its
     * word, so a word whose first letters are not here cannot have any of those stems and is never
     * stemmed: stemming is the dearest step, and only a few words of a text need it.
     */
    private final java.util.Set<String> stemBeginnings = new java.util.HashSet<>();
    private int size;

    void add(PhrasePattern pattern, T payload) {
        Entry<T> entry = new Entry<>(pattern, payload, size++);
        for (WordPattern w : pattern.first().alternatives()) {
            Map<String, List<Entry<T>>> map = switch (w.kind) {
                case EXACT -> byForm;
                case STEM -> byStem;
                case PREFIX -> byBeginning;
            };
            String key = w.kind == WordPattern.Kind.PREFIX ? w.value.substring(0, Math.min(KEY, w.value.length())) : w.value;
            if (w.kind == WordPattern.Kind.STEM) {
                stemBeginnings.add(w.value.substring(0, Math.min(KEY, w.value.length())));
            }
            List<Entry<T>> list = map.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (!list.contains(entry)) {
                list.add(entry);
            }
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
            for (int k = 1; k <= Math.min(KEY, form.length()); k++) {
                String beginning = seq.beginning(i, k);
                collect(byBeginning.get(beginning), candidates);
                stemmable |= stemBeginnings.contains(beginning);
            }
            if (stemmable) {
                collect(byStem.get(seq.stem(i)), candidates);
            }
            for (Entry<T> e : candidates) {
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
        Entry<T> best = null;
        best = better(best, byForm.get(form), form, null);
        boolean stemmable = false;
        for (int k = 1; k <= Math.min(KEY, form.length()); k++) {
            String beginning = form.substring(0, k);
            best = better(best, byBeginning.get(beginning), form, null);
            stemmable |= stemBeginnings.contains(beginning);
        }
        if (stemmable) {
            String stem = stemmer.stem(form);
            best = better(best, byStem.get(stem), form, stem);
        }
        return best == null ? null : best.payload();
    }

    private Entry<T> better(Entry<T> best, List<Entry<T>> found, String form, String stem) {
        if (found != null) {
            for (Entry<T> e : found) {
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
            for (Entry<T> e : found) {
                if (!into.contains(e)) {
                    into.add(e);
                }
            }
        }
    }
}
