package ru.otklik.worktime.boundary;

import ru.otklik.worktime.control.CalendarDiff;
import ru.otklik.worktime.control.CalendarYear;

import java.util.List;

/**
 * What importing a calendar file would do, shown before it is applied: the year, its totals, and
 * every date that would change against the calendar in use now.
 */
public record ImportPreview(int year, CalendarYear.Totals totals, boolean replacesConfirmed,
                            List<CalendarDiff.Change> changes) {
}
