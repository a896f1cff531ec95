package ru.otklik.textcheck.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the abuse detection found in one text. It only suggests: the desk and the moderators decide
 * (R1.11, R2.9); nothing is closed or deleted because of it.
 *
 * @param findings  ordered by start offset; spam findings appear only when the spam score reached
 *                  the threshold, and then show each piece of evidence (link, phone, advertising word)
 * @param spamScore the sum of the weights of the spam evidence found (see {@code abuse-spam.tsv})
 */
public record AbuseReport(List<AbuseFinding> findings, int spamScore) {

    public AbuseReport {
        findings = List.copyOf(findings);
    }

    public static AbuseReport empty() {
        return new AbuseReport(List.of(), 0);
    }

    /** The categories found, in the order of gravity. */
    public Set<AbuseCategory> categories() {
        EnumSet<AbuseCategory> set = EnumSet.noneOf(AbuseCategory.class);
        findings.forEach(f -> set.add(f.category()));
        return Collections.unmodifiableSet(set);
    }

    public boolean flagged() {
        return !findings.isEmpty();
    }

    public boolean has(AbuseCategory category) {
        return findings.stream().anyMatch(f -> f.category() == category);
    }

    /** The gravest category found. */
    public Optional<AbuseCategory> gravest() {
        return categories().stream().findFirst();
    }

    /** The R1.11 ground to suggest on the message desk: the gravest category's that has one. */
    public Optional<SuggestedGround> suggestedGround() {
        return categories().stream().map(AbuseCategory::noAnswerGround).flatMap(Optional::stream).findFirst();
    }

    /** The deletion reason to suggest to a moderator: the gravest category's. */
    public Optional<SuggestedReason> suggestedReason() {
        return gravest().map(AbuseCategory::moderationReason);
    }
}
