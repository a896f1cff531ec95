package ru.otklik.worktime.control;

import ru.otklik.worktime.entity.WorkSchedule;
import ru.otklik.worktime.entity.DayKind;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference: the decree's rules read literally, one minute at a time, with none of the
 * engine's precomputation. Slow on purpose; the property tests and the benchmark compare the
 * engine against it.
 */
public final class MinuteStepping {

    private final ProductionCalendar calendar;
    private final WorkSchedule schedule;

    public MinuteStepping(ProductionCalendar calendar, WorkSchedule schedule) {
        this.calendar = calendar;
        this.schedule = schedule;
    }

    /** Whether the minute starting at {@code t} (a whole minute) is working time. */
    public boolean isWorkingMinute(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, schedule.zone());
        List<LocalTime> minutes = workingMinutesOf(local.toLocalDate());
        return minutes.contains(local.toLocalTime().withSecond(0).withNano(0));
    }

    /** The working minutes of a day in order: the schedule's hours minus lunch, minus the last 60 on a shortened day. */
    List<LocalTime> workingMinutesOf(LocalDate date) {
        CalendarYear year = calendar.year(date.getYear());
        DayKind kind = year.kindOf(date);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.DAY_OFF || (weekend && kind == null)) {
            return List.of();
        }
        Optional<WorkSchedule.DayHours> hours = weekend ? schedule.ordinaryHours()
                : schedule.hours(date.getDayOfWeek());
        if (hours.isEmpty()) {
            return List.of();
        }
        WorkSchedule.DayHours h = hours.get();
        List<LocalTime> minutes = new ArrayList<>();
        for (LocalTime m = h.start(); m.isBefore(h.end()); m = m.plusMinutes(1)) {
            boolean lunch = h.lunchStart() != null && !m.isBefore(h.lunchStart()) && m.isBefore(h.lunchEnd());
            if (!lunch) {
                minutes.add(m);
            }
        }
        if (kind == DayKind.SHORTENED) {
            return minutes.subList(0, Math.max(0, minutes.size() - 60));
        }
        return minutes;
    }

    /** Steps minute by minute until {@code minutes} working minutes have passed (from a whole minute). */
    public Instant plusWorkingMinutes(Instant from, long minutes) {
        Instant t = from;
        if (minutes == 0) {
            while (!isWorkingMinute(t)) {
                t = t.plusSeconds(60);
            }
            return t;
        }
        long counted = 0;
        while (true) {
            if (isWorkingMinute(t)) {
                counted++;
                if (counted == minutes) {
                    return t.plusSeconds(60);
                }
            }
            t = t.plusSeconds(60);
        }
    }

    /** Counts the working minutes in [from, to) (whole minutes). */
    public long workingMinutesBetween(Instant from, Instant to) {
        long sign = 1;
        Instant a = from;
        Instant b = to;
        if (b.isBefore(a)) {
            a = to;
            b = from;
            sign = -1;
        }
        long count = 0;
        for (Instant t = a; t.isBefore(b); t = t.plusSeconds(60)) {
            if (isWorkingMinute(t)) {
                count++;
            }
        }
        return sign * count;
    }
}
