package ru.otklik.worktime.boundary;

import ru.otklik.base.control.RequestRefused;
import ru.otklik.worktime.control.DeadlinePolicy;
import ru.otklik.worktime.control.WorkingTime;
import ru.otklik.worktime.entity.DeadlineKind;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One organisation's working time and terms as they stand, for a caller with many deadlines to
 * compute at once (a batch of 1,000 messages): taken once from {@link WorkingTimes#time}, then
 * used without a container call per message. Immutable; the same arithmetic as
 * {@link WorkingTimes}.
 */
public final class OrganisationTime {

    private final WorkingTime time;
    private final DeadlinePolicy policy;

    OrganisationTime(WorkingTime time, DeadlinePolicy policy) {
        this.time = time;
        this.policy = policy;
    }

    /** The due instant of a term starting at {@code from}; refused for an instant outside the calendar's years. */
    public Instant due(DeadlineKind kind, Instant from) {
        try {
            return policy.due(time, kind, from);
        } catch (IllegalArgumentException outside) {
            throw RequestRefused.ofParameter("from", "error.deadline.range", WorkingTime.FIRST_YEAR,
                    WorkingTime.LAST_YEAR);
        }
    }

    public long workingMinutesBetween(Instant from, Instant to) {
        return time.workingMinutesBetween(from, to);
    }

    public Instant plusWorkingMinutes(Instant from, long minutes) {
        return time.plusWorkingMinutes(from, minutes);
    }

    public ZoneId zone() {
        return time.zone();
    }
}
