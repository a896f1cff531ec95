package ru.otklik.textcheck.entity;

/**
 * One flagged place in a comment or message.
 *
 * @param category   what it is
 * @param start      offset of the first character in the checked text (inclusive)
 * @param end        offset after the last character (exclusive)
 * @param fragment   the text as written ({@code text.substring(start, end)}), disguises and all
 * @param normalized the form that matched once disguises were undone ("хуй" for "x.y.й"), lower case
 * @param ruleId     which entry of which rule file matched, e.g. {@code obscene:пизд}, {@code threat:burn}
 */
public record AbuseFinding(AbuseCategory category, int start, int end, String fragment, String normalized,
                           String ruleId) {
}
