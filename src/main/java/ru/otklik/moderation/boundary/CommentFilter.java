package ru.otklik.moderation.boundary;

import ru.otklik.moderation.control.CommentQuery;
import ru.otklik.moderation.entity.CommentState;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the moderation queue shows; every part optional (empty sets mean any).
 *
 * @param text        words in the text or the author's name, or the author's exact network id
 * @param accounts    any of these official accounts (ids)
 * @param states      any of these states
 * @param flaggedOnly only comments with abuse flags or by an author on the blacklist
 * @param from        posted on or after this day (organisation's zone)
 * @param to          posted on or before this day
 * @param oldestFirst the order (newest first by default)
 */
public record CommentFilter(String text, Set<Long> accounts, Set<CommentState> states, boolean flaggedOnly,
                            LocalDate from, LocalDate to, boolean oldestFirst) {

    public CommentFilter {
        accounts = accounts == null ? Set.of() : Set.copyOf(accounts);
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public static CommentFilter all() {
        return new CommentFilter(null, null, null, false, null, null, false);
    }

    public static CommentFilter pending() {
        return all().withStates(Set.of(CommentState.PENDING));
    }

    public CommentFilter withStates(Set<CommentState> s) {
        return new CommentFilter(text, accounts, s, flaggedOnly, from, to, oldestFirst);
    }

    public CommentFilter withAccounts(Set<Long> a) {
        return new CommentFilter(text, a, states, flaggedOnly, from, to, oldestFirst);
    }

    public CommentFilter withFlaggedOnly(boolean on) {
        return new CommentFilter(text, accounts, states, on, from, to, oldestFirst);
    }

    public CommentFilter withText(String t) {
        return new CommentFilter(t, accounts, states, flaggedOnly, from, to, oldestFirst);
    }

    CommentQuery.Conditions conditions(Set<Long> visibleAccounts) {
        return new CommentQuery.Conditions(text, accounts, states, flaggedOnly, from, to, visibleAccounts);
    }
}
