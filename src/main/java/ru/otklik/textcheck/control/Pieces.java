package ru.otklik.textcheck.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A comment cut into pieces of word characters ({@link Disguises#wordChar}), each with the Cyrillic
 * forms it may stand for, and the joins of pieces that separators cut apart: "х.у.й", "ху_йня",
 * "П-и-з-д-е-ц" (one separator character between pieces) and "б л я", "п и з д е ц", "ХУ Й НЯ" (at
 * least three pieces of one or two letters, one of them a single letter, with spaces between). Sentences end at . ! ? … or a line break, so a dot inside a
 * word ends nothing.
 *
 * <p>As a {@link TokenSeq} it shows each piece's first form, collapsed like all of them (pure Latin
 * words keep their Latin letters there, so rules can name "whatsap").
 */
final class Pieces implements TokenSeq {

    /** Pieces {@code from} to {@code to} (inclusive) that separators may have cut out of one word. */
    record Run(int from, int to) {
    }

    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private int[] sentences;
    private String[] raws;
    private String[] forms;
    private final List<List<String>> variants;
    private String[] stems;
    private final Stemmer stemmer;
    private final List<Run> runs = new ArrayList<>();
    private boolean[] tightAfter;

    private Pieces(String text, Stemmer stemmer) {
        this.text = text;
        this.stemmer = stemmer;
        int capacity = Math.min(text.length() / 5 + 8, 1 << 16); // about a word in six characters
        starts = new int[capacity];
        ends = new int[capacity];
        sentences = new int[capacity];
        raws = new String[capacity];
        forms = new String[capacity];
        tightAfter = new boolean[capacity];
        variants = new ArrayList<>(capacity);
    }

    static Pieces of(String text, Stemmer stemmer, int minSingleLetters) {
        Pieces p = new Pieces(text, stemmer);
        p.read();
        p.join(minSingleLetters);
        return p;
    }

    private void read() {
        int n = text.length();
        int sentence = 0;
        boolean pendingBreak = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Disguises.wordChar(c)) {
                int start = i;
                while (i < n && Disguises.wordChar(text.charAt(i))) {
                    i++;
                }
                int end = i;
                // stars and a leading @ (a mention) frame a word rather than stand for letters
                while (start < end && (text.charAt(start) == '*' || text.charAt(start) == '@')) {
                    start++;
                }
                while (end > start && text.charAt(end - 1) == '*') {
                    end--;
                }
                if (start == end) {
                    continue;
                }
                if (pendingBreak && size > 0) {
                    sentence++;
                }
                pendingBreak = false;
                add(start, end, sentence);
                continue;
            }
            if (c == '!' || c == '?' || c == '…' || c == '\n'
                    || (c == '.' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))))) {
                pendingBreak = true;
            }
            i++;
        }
        stems = new String[size];
    }

    private void add(int start, int end, int sentence) {
        if (size == starts.length) {
            int grow = size * 2;
            starts = Arrays.copyOf(starts, grow);
            ends = Arrays.copyOf(ends, grow);
            sentences = Arrays.copyOf(sentences, grow);
            raws = Arrays.copyOf(raws, grow);
            forms = Arrays.copyOf(forms, grow);
            tightAfter = Arrays.copyOf(tightAfter, grow);
        }
        String raw = text.substring(start, end);
        List<String> v = Disguises.variants(raw);
        starts[size] = start;
        ends[size] = end;
        sentences[size] = sentence;
        raws[size] = raw;
        boolean pureLatin = true;
        for (int k = 0; k < raw.length() && pureLatin; k++) {
            pureLatin = Letters.isLatin(raw.charAt(k));
        }
        forms[size] = pureLatin ? Letters.collapse(raw.toLowerCase(java.util.Locale.ROOT)) : v.isEmpty() ? Letters.fold(raw) : v.get(0);
        variants.add(v);
        size++;
    }

    private void join(int minSingleLetters) {
        int i = 0;
        while (i < size) {
            int j = i;
            boolean tight = false;
            boolean single = raws[i].length() == 1;
            while (j + 1 < size) {
                String gap = text.substring(ends[j], starts[j + 1]);
                if (gap.length() == 1 && ".-_·'’".indexOf(gap.charAt(0)) >= 0) {
                    tight = true;
                    tightAfter[j] = true;
                    j++;
                } else if (!gap.isEmpty() && gap.length() <= 2 && gap.isBlank()
                        && raws[j].length() <= 2 && raws[j + 1].length() <= 2) {
                    // "б л я", and "ХУ Й НЯ": pieces of one or two letters, at least one of a single letter
                    j++;
                    single |= raws[j].length() == 1;
                } else {
                    break;
                }
            }
            if (j > i && (tight || (single && j - i + 1 >= minSingleLetters))) {
                runs.add(new Run(i, j));
            }
            i = j + 1;
        }
    }

    String text() {
        return text;
    }

    String raw(int i) {
        return raws[i];
    }

    List<String> variants(int i) {
        return variants.get(i);
    }

    List<Run> runs() {
        return runs;
    }

    /** Whether one separator character, no space, stands between piece {@code i} and the next. */
    boolean tightAfter(int i) {
        return tightAfter[i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String form(int i) {
        return forms[i];
    }

    @Override
    public String stem(int i) {
        String s = stems[i];
        if (s == null) {
            s = stemmer.stem(forms[i]);
            stems[i] = s;
        }
        return s;
    }

    @Override
    public int sentence(int i) {
        return sentences[i];
    }

    @Override
    public int start(int i) {
        return starts[i];
    }

    @Override
    public int end(int i) {
        return ends[i];
    }
}
