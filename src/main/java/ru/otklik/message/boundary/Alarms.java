package ru.otklik.message.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.worktime.boundary.WorkingTimes;
import ru.otklik.worktime.boundary.OrganisationTime;

import java.time.Instant;

/**
 * Arms a message's deadline alarms after its deadline was set or moved: the warning falls when
 * only the configured working time is left before the deadline (by default 1 working hour, and
 * 30 working minutes for a high-importance incident's 4-hour term), counted in the organisation's
 * working time, so a warning never falls at night or on a holiday. The overdue alarm is the
 * deadline itself. Settings: {@code OTKLIK_WARN_MINUTES}, {@code OTKLIK_WARN_HIGH_MINUTES}.
 */
@Dependent
public class Alarms {

    static final long WARN_MINUTES = setting("OTKLIK_WARN_MINUTES", 60);
    static final long WARN_HIGH_MINUTES = setting("OTKLIK_WARN_HIGH_MINUTES", 30);

    @Inject
    WorkingTimes workingTimes;

    public void arm(Message m) {
        arm(m, m.getClosedAt() != null || m.currentDueAt() == null ? null : workingTimes.time(m.getOrganisationId()));
    }

    /** The same with the organisation's engine at hand (a batch asks for it once, not per message). */
    public void arm(Message m, OrganisationTime time) {
        if (m.getClosedAt() != null || m.currentDueAt() == null) {
            m.arm(null);
            return;
        }
        boolean finalAnswer = m.getInterimAnsweredAt() != null;
        Instant start = finalAnswer ? m.getInterimAnsweredAt() : m.getDetectedAt();
        long lead = !finalAnswer && m.getKind() == MessageKind.HIGH_IMPORTANCE ? WARN_HIGH_MINUTES : WARN_MINUTES;
        m.arm(warnAt(time, start, m.currentDueAt(), lead));
    }

    /** The instant at which {@code lead} working minutes are left before {@code due}; never before {@code start}. */
    static Instant warnAt(OrganisationTime time, Instant start, Instant due, long lead) {
        long term = time.workingMinutesBetween(start, due);
        if (term <= lead) {
            return null; // a term shorter than the warning's lead: only the overdue alarm
        }
        return time.plusWorkingMinutes(start, term - lead);
    }

    private static long setting(String name, long fallback) {
        String value = System.getenv(name);
        try {
            return value == null || value.isBlank() ? fallback : Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
