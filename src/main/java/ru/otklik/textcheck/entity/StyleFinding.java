package ru.otklik.textcheck.entity;

/**
 * One marked place in a draft, to highlight with a hint the way Главред does.
 *
 * @param start       offset of the first character in the checked text (inclusive)
 * @param end         offset after the last character (exclusive): {@code text.substring(start, end)}
 * @param ruleId      the rule's id in {@code textcheck/style-rules.tsv}
 * @param category    what kind of problem
 * @param fragment    the marked text as written
 * @param suggestion  a plainer way to say it, in Russian ("чтобы" for "в целях"); may be empty
 * @param explanation why it is marked, in Russian, one short sentence
 */
public record StyleFinding(int start, int end, String ruleId, StyleCategory category, String fragment,
                           String suggestion, String explanation) {

    /** The finding as the editors show it on hover: «fragment» → suggestion: explanation (each part if there is one). */
    public String hint() {
        return "«" + fragment + "»" + (suggestion == null || suggestion.isBlank() ? "" : " → " + suggestion)
                + (explanation == null || explanation.isBlank() ? "" : ": " + explanation);
    }
}
