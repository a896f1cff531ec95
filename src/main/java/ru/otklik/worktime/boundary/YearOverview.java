package ru.otklik.worktime.boundary;

import ru.otklik.worktime.control.CalendarYear;
import ru.otklik.worktime.control.WorkingTime;

import java.util.List;

/**
 * A year of the organisation's calendar for the 12-month grid: the listed dates, whether a
 * decree confirms it, whether any data is loaded for it (else the Labour Code alone), where it came from, and the totals of working
 * days and hours per month and for the year under the organisation's schedule.
 */
public record YearOverview(CalendarYear year, boolean confirmed, boolean loaded, String source,
                           List<WorkingTime.Totals> months,
                           WorkingTime.Totals total) {
}
