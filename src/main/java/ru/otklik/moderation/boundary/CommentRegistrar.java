package ru.otklik.moderation.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.entity.Network;
import ru.otklik.moderation.entity.AbuseFlag;
import ru.otklik.moderation.entity.Blacklisting;
import ru.otklik.moderation.entity.Comment;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a comment into the moderation queue the same way whoever brings it (a moderator's form,
 * the REST API): checks what the annotations cannot (the account is the organisation's, the
 * network is the account's, the text fits 64 KB, the time is plausible), answers a repeated
 * (account, external id) with the known comment, and screens it: the abuse flags of its text and
 * whether its author is on the blacklist for that account now. Runs in the caller's transaction;
 * the callers ({@link Moderation}, {@link CommentIntake}) decide who may.
 */
@Dependent
public class CommentRegistrar {

    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    static final Instant OLDEST = Instant.parse("2015-01-01T00:00:00Z");

    @PersistenceContext
    EntityManager em;

    @Inject
    AbuseScreen screen;

    @Inject
    Clock clock;

    /** A comment stored now, or the one stored before under the same (account, external id). */
    public record Intake(Comment comment, boolean created) {
    }

    public Intake register(long organisationId, NewComment in, String actor) {
        OfficialAccount account = em.find(OfficialAccount.class, in.getAccount());
        if (account == null || account.getOrganisationId() != organisationId) {
            throw RequestRefused.ofParameter("account", "moderation.error.account.unknown", in.getAccount());
        }
        if (in.getNetwork() != null && !in.getNetwork().isBlank()) {
            String code = in.getNetwork().strip().toLowerCase(Locale.ROOT);
            if (!code.equals(account.getNetwork().getCode())) {
                boolean known = !em.createNamedQuery(Network.BY_CODE, Network.class).setParameter("org", organisationId)
                        .setParameter("code", code).getResultList().isEmpty();
                throw known ? RequestRefused.ofParameter("network", "moderation.error.network.mismatch", code,
                        account.getName())
                        : RequestRefused.ofParameter("network", "error.network.unknown", code);
            }
        }
        if (in.getText().getBytes(StandardCharsets.UTF_8).length > Comment.MAX_TEXT_BYTES) {
            throw new TextTooLong();
        }
        Instant now = clock.instant();
        if (in.getPostedAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw RequestRefused.ofParameter("postedAt", "moderation.error.posted.future");
        }
        if (in.getPostedAt().isBefore(OLDEST)) {
            throw RequestRefused.ofParameter("postedAt", "moderation.error.posted.too-old");
        }
        String externalId = blankToNull(in.getExternalId());
        if (externalId != null) {
            Optional<Comment> known = known(account.getId(), externalId);
            if (known.isPresent()) {
                return new Intake(known.get(), false);
            }
        }
        String authorId = in.getAuthorId().strip();
        Comment c = new Comment(organisationId, account, externalId, authorId, blankToNull(in.getAuthorName()),
                in.getText(), blankToNull(in.getUrl()), in.getPostedAt(), now, actor);
        c.screened(flags(in.getText()), banned(organisationId, account, authorId, now));
        em.persist(c);
        return new Intake(c, true);
    }

    /** The comment stored under (account, external id), if any. */
    public Optional<Comment> known(long accountId, String externalId) {
        return em.createNamedQuery(Comment.BY_EXTERNAL_ID, Comment.class).setParameter("account", accountId)
                .setParameter("externalId", externalId.strip()).getResultStream().findFirst();
    }

    private Set<AbuseFlag> flags(String text) {
        return screen.flags(text);
    }

    /** Whether the author is on the blacklist for this account at {@code now}. */
    boolean banned(long organisationId, OfficialAccount account, String authorId, Instant now) {
        return em.createNamedQuery(Blacklisting.ACTIVE_OF_AUTHOR, Blacklisting.class).setParameter("org", organisationId)
                .setParameter("network", account.getNetwork().getId()).setParameter("author", authorId)
                .setParameter("now", now).getResultStream().anyMatch(b -> b.covers(account));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A text over 64 KB: answered 413 by the API, shown on the text field by the form. */
    static final class TextTooLong extends RequestRefused {
        @Serial
        private static final long serialVersionUID = 1L;

        TextTooLong() {
            super("moderation.error.text.too-long", Comment.MAX_TEXT_BYTES / 1024);
        }

        @Override
        public int status() {
            return 413;
        }

        @Override
        public String parameter() {
            return "text";
        }
    }
}
