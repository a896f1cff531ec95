package ru.otklik.textcheck.entity;

import java.util.List;

/**
 * The style check of one text: what it marks and a score from 0 to 10 like Главред's.
 *
 * <p>The score: every finding costs its {@linkplain StyleCategory#weight() category's weight};
 * the cost is taken per 100 words (texts under 20 words count as 20, so one phrase in a short answer
 * does not sink it) and each weighted finding per 100 words takes half a point:
 * <pre>score = clamp(10 - 50 * sum(weights) / max(words, 20), 0, 10)</pre>
 * rounded to one decimal. So a 20-word answer with one канцеляризм scores 7.5, with two 5.0; a
 * 200-word post with three scores 9.3. 10 means nothing was found. More findings in the same text
 * never raise the score.
 *
 * @param findings  ordered by start offset
 * @param words     words in the text (runs of letters or digits)
 * @param sentences sentences in the text
 * @param score     0 (unreadable officialese) to 10 (clean)
 */
public record StyleReport(List<StyleFinding> findings, int words, int sentences, double score) {

    /** From this score on a draft counts as plain (the editors show the score green). */
    public static final double PLAIN_SCORE = 7.5;

    public StyleReport {
        findings = List.copyOf(findings);
    }

    public static StyleReport empty() {
        return new StyleReport(List.of(), 0, 0, 10.0);
    }

    /** Whether the score reaches {@link #PLAIN_SCORE}. */
    public boolean plain() {
        return score >= PLAIN_SCORE;
    }

    /** Whether anything of the bureaucratese categories was found (long sentences and capitals aside). */
    public boolean hasBureaucratese() {
        return findings.stream().anyMatch(f -> f.category().bureaucratese());
    }

    public long count(StyleCategory category) {
        return findings.stream().filter(f -> f.category() == category).count();
    }

    /** The formula of the class comment. */
    public static double score(List<StyleFinding> findings, int words) {
        double cost = 0;
        for (StyleFinding f : findings) {
            cost += f.category().weight();
        }
        double raw = 10.0 - 50.0 * cost / Math.max(words, 20);
        return Math.round(Math.max(0.0, Math.min(10.0, raw)) * 10.0) / 10.0;
    }
}
