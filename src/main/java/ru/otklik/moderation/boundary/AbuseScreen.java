package ru.otklik.moderation.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import ru.otklik.moderation.entity.AbuseFlag;
import ru.otklik.textcheck.boundary.TextChecks;
import ru.otklik.textcheck.entity.AbuseCategory;

import java.util.EnumSet;
import java.util.Set;

/**
 * The abuse detection a comment passes at intake: which of {@link AbuseFlag} its text shows.
 * The flags are stored on the comment, shown as badges and suggest a reason; a person decides.
 */
@ApplicationScoped
public class AbuseScreen {

    @EJB
    TextChecks checks;

    /** The textcheck component's findings (obscenity, insults, threats, spam, also disguised) as flags. */
    public Set<AbuseFlag> flags(String text) {
        Set<AbuseFlag> flags = EnumSet.noneOf(AbuseFlag.class);
        if (text == null || text.isBlank()) {
            return flags;
        }
        for (AbuseCategory category : checks.abuse(text).categories()) {
            flags.add(AbuseFlag.valueOf(category.name()));
        }
        return flags;
    }
}
