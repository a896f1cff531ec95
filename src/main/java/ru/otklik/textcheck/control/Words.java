package ru.otklik.textcheck.control;

import java.util.Arrays;
import java.util.Set;

/**
 * A text cut into words (runs of letters and digits; a hyphen between letters keeps "из-за" one
 * word) and sentences (ended by . ! ? … or a line break; a dot after "ул", "д", "т" and the like, or
 * followed by a small letter or a digit, ends nothing). The text is read once; forms are folded, stems
 * computed when a rule first asks.
 */
final class Words implements TokenSeq {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "ул", "д", "г", "гг", "пр", "просп", "пер", "пл", "ш", "т", "е", "п", "им", "р", "руб", "коп",
            "тыс", "млн", "млрд", "кв", "стр", "корп", "пос", "с", "ст", "обл", "мкр", "тел", "см", "ок",
            "др", "рис", "№", "н", "э", "св", "ч", "мин", "сек", "км", "м", "кг", "л", "шт", "зам", "нач");

    private final String text;
    private int size;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] sentences = new int[64];
    private String[] forms = new String[64];
    private String[] stems;
    private int sentenceCount;
    private final Stemmer stemmer;

    private Words(String text, Stemmer stemmer) {
        this.text = text;
        this.stemmer = stemmer;
    }

    static Words of(String text, Stemmer stemmer) {
        Words w = new Words(text, stemmer);
        w.read();
        return w;
    }

    private void read() {
        int n = text.length();
        int sentence = 0;
        boolean pendingBreak = false;
        boolean sentenceHasWords = false;
        StringBuilder form = new StringBuilder(24);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingBreak && sentenceHasWords) {
                    sentence++;
                    sentenceHasWords = false;
                }
                pendingBreak = false;
                int start = i;
                form.setLength(0);
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        form.append(Letters.fold(d));
                        i++;
                    } else if (d == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                            && Character.isLetter(text.charAt(i - 1))) {
                        form.append('-');
                        i++;
                    } else {
                        break;
                    }
                }
                add(start, i, form.toString(), sentence);
                sentenceHasWords = true;
                continue;
            }
            if (c == '!' || c == '?' || c == '…' || c == '\n') {
                pendingBreak = true;
            } else if (c == '.' && endsSentence(i)) {
                pendingBreak = true;
            }
            i++;
        }
        sentenceCount = size == 0 ? 0 : sentence + 1;
        stems = new String[size];
    }

    private boolean endsSentence(int dot) {
        if (size > 0 && ends[size - 1] == dot && ABBREVIATIONS.contains(forms[size - 1])) {
            return false;
        }
        for (int j = dot + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (Character.isWhitespace(c)) {
                continue;
            }
            return !(Character.isLowerCase(c) || Character.isDigit(c) || c == ',' || c == '.');
        }
        return true;
    }

    private void add(int start, int end, String form, int sentence) {
        if (size == starts.length) {
            int grow = size * 2;
            starts = Arrays.copyOf(starts, grow);
            ends = Arrays.copyOf(ends, grow);
            sentences = Arrays.copyOf(sentences, grow);
            forms = Arrays.copyOf(forms, grow);
        }
        starts[size] = start;
        ends[size] = end;
        sentences[size] = sentence;
        forms[size] = form;
        size++;
    }

    String text() {
        return text;
    }

    int sentenceCount() {
        return sentenceCount;
    }

    /** Whether only white space separates word {@code i - 1} from word {@code i} (no comma, no dash). */
    boolean joinedBySpace(int i) {
        for (int j = ends[i - 1]; j < starts[i]; j++) {
            if (!Character.isWhitespace(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** The word as written in the text. */
    String written(int i) {
        return text.substring(starts[i], ends[i]);
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
