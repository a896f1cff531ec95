package ru.otklik.message.boundary;

import ru.otklik.message.control.MessageQuery;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.MessageStatus;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the message grid shows; every part optional (empty sets mean "any").
 *
 * @param text       words in the text, author, link or number
 * @param statuses   any of these statuses
 * @param kinds      any of these kinds
 * @param networks   any of these network ids
 * @param topics     any of these topic ids
 * @param executor   assigned to this staff member (id)
 * @param from       detected on or after this day (organisation's zone)
 * @param to         detected on or before this day
 * @param overdue    only open messages past their deadline
 * @param dueToday   only open messages due today (organisation's zone)
 * @param openOnly   only messages still in work
 */
public record MessageFilter(String text, Set<MessageStatus> statuses, Set<MessageKind> kinds, Set<Long> networks,
                            Set<Long> topics, Long executor, LocalDate from, LocalDate to, boolean overdue,
                            boolean dueToday, boolean openOnly) {

    public MessageFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        networks = networks == null ? Set.of() : Set.copyOf(networks);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
    }

    /** The query conditions; {@code ownLogin} restricts to one executor's messages (an executor sees only theirs). */
    public MessageQuery.Conditions conditions(String ownLogin) {
        return new MessageQuery.Conditions(text, statuses, kinds, networks, topics, executor, ownLogin, from, to,
                overdue, dueToday, openOnly);
    }

    public static MessageFilter all() {
        return new MessageFilter(null, null, null, null, null, null, null, null, false, false, false);
    }

    public MessageFilter withStatuses(Set<MessageStatus> s) {
        return new MessageFilter(text, s, kinds, networks, topics, executor, from, to, overdue, dueToday, openOnly);
    }

    public MessageFilter withExecutor(Long id) {
        return new MessageFilter(text, statuses, kinds, networks, topics, id, from, to, overdue, dueToday, openOnly);
    }

    public MessageFilter withOverdue(boolean on) {
        return new MessageFilter(text, statuses, kinds, networks, topics, executor, from, to, on, dueToday, openOnly);
    }

    public MessageFilter withDueToday(boolean on) {
        return new MessageFilter(text, statuses, kinds, networks, topics, executor, from, to, overdue, on, openOnly);
    }

    public MessageFilter withOpenOnly(boolean on) {
        return new MessageFilter(text, statuses, kinds, networks, topics, executor, from, to, overdue, dueToday, on);
    }

    public MessageFilter withText(String t) {
        return new MessageFilter(t, statuses, kinds, networks, topics, executor, from, to, overdue, dueToday, openOnly);
    }
}
