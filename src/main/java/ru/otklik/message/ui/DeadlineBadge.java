package ru.otklik.message.ui;

import com.vaadin.flow.component.html.Span;
import ru.otklik.base.ui.Formats;
import ru.otklik.message.entity.Message;
import ru.otklik.worktime.boundary.WorkingTimes;

import java.time.Instant;
import java.util.Locale;

/**
 * A deadline at a glance: the due date-time and the working time left, green while more than a
 * quarter of the term remains, amber in the last quarter or the last working hour, red when
 * overdue; grey when the message is closed (answered in time or late).
 */
public final class DeadlineBadge {

    private DeadlineBadge() {
    }

    public enum State { CALM, NEAR, OVERDUE, CLOSED_IN_TIME, CLOSED_LATE }

    /** The state of a message's deadline now, in its organisation's working time. */
    public static State state(Message m, WorkingTimes time, Instant now) {
        Instant due = m.currentDueAt();
        if (!m.getStatus().isOpen()) {
            return m.getClosedAt() != null && !m.getClosedAt().isAfter(due) ? State.CLOSED_IN_TIME : State.CLOSED_LATE;
        }
        if (now.isAfter(due)) {
            return State.OVERDUE;
        }
        long org = m.getOrganisationId();
        long left = time.workingMinutesBetween(org, now, due);
        Instant start = m.getInterimAnsweredAt() != null ? m.getInterimAnsweredAt() : m.getDetectedAt();
        long total = Math.max(1, time.workingMinutesBetween(org, start, due));
        return left <= 60 || left * 4 <= total ? State.NEAR : State.CALM;
    }

    public static Span of(Message m, WorkingTimes time, Instant now, Locale locale,
                          java.util.function.BiFunction<String, Object[], String> translate) {
        State state = state(m, time, now);
        Instant due = m.currentDueAt();
        long org = m.getOrganisationId();
        String text = Formats.DATE_TIME.format(due.atZone(time.zone(org)));
        String detail = switch (state) {
            case OVERDUE -> translate.apply("deadline.overdue",
                    new Object[]{Formats.workingTime(time.workingMinutesBetween(org, due, now), locale)});
            case CALM, NEAR -> translate.apply("deadline.left",
                    new Object[]{Formats.workingTime(time.workingMinutesBetween(org, now, due), locale)});
            case CLOSED_IN_TIME -> translate.apply("deadline.in-time", new Object[0]);
            case CLOSED_LATE -> translate.apply("deadline.late", new Object[0]);
        };
        Span badge = new Span(text + " · " + detail);
        badge.addClassNames("deadline", "deadline-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
