package ru.otklik.worktime.control;

import ru.otklik.worktime.entity.DayKind;

import java.time.LocalDate;

/**
 * One listed date of a production calendar.
 *
 * @param holiday   the public holiday's name, or {@code null}
 * @param movedFrom for a day off moved by decree, the date it was moved from, or {@code null}
 */
public record CalendarDay(LocalDate date, DayKind kind, String holiday, LocalDate movedFrom) {
}
