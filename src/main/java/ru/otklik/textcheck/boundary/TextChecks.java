package ru.otklik.textcheck.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import ru.otklik.base.Roles;
import ru.otklik.textcheck.control.AbuseDetector;
import ru.otklik.textcheck.control.StyleChecker;
import ru.otklik.textcheck.entity.AbuseReport;
import ru.otklik.textcheck.entity.StyleReport;

/**
 * The text checks as the other components use them: the style check of a post or answer draft
 * (R2.8, R1.10) and the abuse detection of a message or comment (R1.11, R2.9). Both only suggest.
 *
 * <p>No transaction and no state: the checkers are built once per application from the rule files
 * (on first use, in {@link StyleChecker#shipped()} and {@link AbuseDetector#shipped()}) and are safe
 * for concurrent use, so any pooled instance serves any caller. A 5,000-character draft takes well under
 * 10 ms, a 1,000-character comment well under 1 ms (bench/README.md), cheap enough to call on every
 * change of a draft.
 */
@Stateless
// INTAKE: comments and messages posted by monitoring software are screened as they arrive
@RolesAllowed({Roles.HEAD, Roles.CURATOR, Roles.OPERATOR, Roles.EXECUTOR, Roles.SMM_EDITOR, Roles.MODERATOR, Roles.ADMIN,
        Roles.INTAKE})
public class TextChecks {

    /** Marks bureaucratese, press-release stamps, passive, long sentences and capitals; {@code null} reads as empty. */
    public StyleReport style(String text) {
        return StyleChecker.shipped().check(text);
    }

    /**
     * @param maxSentenceWords sentences with more words are marked (at least 1); the configured default
     *                         is {@link #defaultMaxSentenceWords()}
     */
    public StyleReport style(String text, int maxSentenceWords) {
        return StyleChecker.shipped().check(text, maxSentenceWords);
    }

    /** The sentence length of {@code textcheck/style-settings.properties} (25 as shipped). */
    public int defaultMaxSentenceWords() {
        return StyleChecker.shipped().maxSentenceWords();
    }

    /** Flags threats, obscenity, insults and spam, and suggests an R1.11 ground and a deletion reason. */
    public AbuseReport abuse(String text) {
        return AbuseDetector.shipped().detect(text);
    }
}
