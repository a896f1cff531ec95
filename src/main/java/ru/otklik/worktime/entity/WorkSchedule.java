package ru.otklik.worktime.entity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation's working hours: per weekday a start, an end and an optional lunch break, and
 * the time zone. A shortened (pre-holiday) day ends one hour earlier (art. 95); a working
 * Saturday or Sunday keeps the ordinary hours, which are Monday's (or, if Monday is not a
 * working day in this schedule, the first working weekday's).
 */
public record WorkSchedule(Map<DayOfWeek, DayHours> week, ZoneId zone) {

    public WorkSchedule {
        EnumMap<DayOfWeek, DayHours> copy = new EnumMap<>(DayOfWeek.class);
        copy.putAll(week);
        week = Collections.unmodifiableMap(copy);
    }

    /** Mon-Fri 08:00-17:00, lunch 12:00-13:00, Europe/Moscow: the default of the decree's administration. */
    public static WorkSchedule standard() {
        return standard(ZoneId.of("Europe/Moscow"));
    }

    public static WorkSchedule standard(ZoneId zone) {
        Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getValue() <= 5) {
                week.put(d, new DayHours(LocalTime.of(8, 0), LocalTime.of(17, 0), LocalTime.of(12, 0),
                        LocalTime.of(13, 0)));
            }
        }
        return new WorkSchedule(week, zone);
    }

    /** The hours of a weekday, if it is a working day in this schedule. */
    public Optional<DayHours> hours(DayOfWeek day) {
        return Optional.ofNullable(week.get(day));
    }

    /** The hours of a working Saturday or Sunday: Monday's, or the first working weekday's. */
    public Optional<DayHours> ordinaryHours() {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getValue() <= 5 && week.containsKey(d)) {
                return Optional.of(week.get(d));
            }
        }
        return Optional.empty();
    }

    /** Reasons this schedule cannot be used (message keys with the weekday), empty when it is valid. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (week.isEmpty()) {
            problems.add(new Problem(null, "schedule.problem.no-working-day"));
        }
        week.forEach((day, h) -> h.problem().ifPresent(key -> problems.add(new Problem(day, key))));
        return problems;
    }

    /** A problem of one weekday ({@code null}: of the whole schedule). */
    public record Problem(DayOfWeek day, String key) {
    }

    /**
     * The hours of one working day: from {@code start} to {@code end}, with an optional lunch
     * break (both ends or neither).
     */
    public record DayHours(LocalTime start, LocalTime end, LocalTime lunchStart, LocalTime lunchEnd) {

        public DayHours(LocalTime start, LocalTime end) {
            this(start, end, null, null);
        }

        /** The reason these hours are unusable, as a message key. */
        public Optional<String> problem() {
            if (start == null || end == null) {
                return Optional.of("schedule.problem.missing");
            }
            if (!end.isAfter(start)) {
                return Optional.of("schedule.problem.end-before-start");
            }
            if ((lunchStart == null) != (lunchEnd == null)) {
                return Optional.of("schedule.problem.lunch-incomplete");
            }
            if (lunchStart != null) {
                if (!lunchEnd.isAfter(lunchStart)) {
                    return Optional.of("schedule.problem.lunch-order");
                }
                if (!lunchStart.isAfter(start) || !end.isAfter(lunchEnd)) {
                    return Optional.of("schedule.problem.lunch-outside");
                }
            }
            if (workingMinutes() < 60) {
                return Optional.of("schedule.problem.too-short");
            }
            return Optional.empty();
        }

        public int workingMinutes() {
            int minutes = minutes(start, end);
            return lunchStart == null ? minutes : minutes - minutes(lunchStart, lunchEnd);
        }

        private static int minutes(LocalTime a, LocalTime b) {
            return (b.toSecondOfDay() - a.toSecondOfDay()) / 60;
        }
    }
}
