package ru.otklik.worktime.control;

import ru.otklik.worktime.entity.DayKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The production calendar of one year: the dates that differ from the ordinary five-day week.
 * {@code confirmed} is false for a year built from the Labour Code alone (no decree loaded).
 */
public record CalendarYear(int year, Map<LocalDate, CalendarDay> days, boolean confirmed, String source) {

    public CalendarYear {
        days = Collections.unmodifiableMap(new TreeMap<>(days));
    }

    /** The listed kind of a date, or {@code null} for an ordinary day. */
    public DayKind kindOf(LocalDate date) {
        CalendarDay day = days.get(date);
        return day == null ? null : day.kind();
    }

    /** Whether the date is a working day (an ordinary weekday, a working weekend day, or a shortened day). */
    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = kindOf(date);
        if (kind == null) {
            return !isWeekend(date);
        }
        return kind != DayKind.DAY_OFF;
    }

    public boolean isShortened(LocalDate date) {
        return kindOf(date) == DayKind.SHORTENED;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Totals of this year for the standard 40-hour week (8 hours a day, 7 on a shortened day). */
    public Totals standardTotals() {
        int days = 0;
        int hours = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                days++;
                hours += isShortened(d) ? 7 : 8;
            }
        }
        return new Totals(days, hours);
    }

    /** Working days and hours of a period. */
    public record Totals(int workingDays, int workingHours) {
    }
}
