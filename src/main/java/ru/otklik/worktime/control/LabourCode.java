package ru.otklik.worktime.control;

import ru.otklik.worktime.entity.DayKind;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Labour Code alone says about a year: the public holidays of art. 112, the move of a
 * holiday falling on a weekend to the next working day (except the New Year holidays and
 * Christmas, whose moves only a government decree sets), and the shortened day before a holiday
 * (art. 95). Used for a year with no loaded calendar (marked unconfirmed) and to check imported
 * calendars for plausibility.
 */
public final class LabourCode {

    /** Art. 112 part 1: the non-working public holidays, with their names. */
    public static final Map<MonthDay, String> HOLIDAYS;

    static {
        Map<MonthDay, String> h = new LinkedHashMap<>();
        for (int d = 1; d <= 8; d++) {
            if (d != 7) {
                h.put(MonthDay.of(1, d), "Новогодние каникулы");
            }
        }
        h.put(MonthDay.of(1, 7), "Рождество Христово");
        h.put(MonthDay.of(2, 23), "День защитника Отечества");
        h.put(MonthDay.of(3, 8), "Международный женский день");
        h.put(MonthDay.of(5, 1), "Праздник Весны и Труда");
        h.put(MonthDay.of(5, 9), "День Победы");
        h.put(MonthDay.of(6, 12), "День России");
        h.put(MonthDay.of(11, 4), "День народного единства");
        HOLIDAYS = java.util.Collections.unmodifiableMap(h);
    }

    private LabourCode() {
    }

    public static boolean isHoliday(LocalDate date) {
        return HOLIDAYS.containsKey(MonthDay.from(date));
    }

    /** A year built from the Labour Code alone: unconfirmed. */
    public static CalendarYear fallback(int year) {
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        for (Map.Entry<MonthDay, String> h : HOLIDAYS.entrySet()) {
            LocalDate date = h.getKey().atYear(year);
            days.put(date, new CalendarDay(date, DayKind.DAY_OFF, h.getValue(), null));
        }
        // a holiday on Saturday or Sunday moves the day off to the next working day (not in January)
        for (MonthDay md : HOLIDAYS.keySet()) {
            LocalDate holiday = md.atYear(year);
            if (md.getMonthValue() == 1 || !CalendarYear.isWeekend(holiday)) {
                continue;
            }
            LocalDate next = holiday.plusDays(1);
            while (CalendarYear.isWeekend(next) || days.containsKey(next)) {
                next = next.plusDays(1);
            }
            days.put(next, new CalendarDay(next, DayKind.DAY_OFF, null, holiday));
        }
        // art. 95: the working day right before a holiday is one hour shorter
        for (MonthDay md : HOLIDAYS.keySet()) {
            LocalDate before = md.atYear(year).minusDays(1);
            if (before.getYear() == year && !CalendarYear.isWeekend(before) && !days.containsKey(before)) {
                days.put(before, new CalendarDay(before, DayKind.SHORTENED, null, null));
            }
        }
        return new CalendarYear(year, days, false, "Трудовой кодекс РФ, ст. 95, 112 (без постановления Правительства)");
    }

    /**
     * Reasons to doubt a calendar of a year, as message keys with arguments; empty when it looks
     * right. Checked: every holiday of art. 112 is a day off; the days off moved onto weekdays
     * balance the holidays falling on weekends plus the working weekend days (each transfer has
     * both ends); the working day right before a holiday, or the working weekend day a day off
     * right before a holiday was moved from, is shortened (art. 95); the year has between
     * {@value #MIN_WORKING_DAYS} and {@value #MAX_WORKING_DAYS} working days.
     */
    public static List<Doubt> doubts(CalendarYear year) {
        List<Doubt> doubts = new ArrayList<>();
        for (Map.Entry<MonthDay, String> h : HOLIDAYS.entrySet()) {
            LocalDate date = h.getKey().atYear(year.year());
            if (year.kindOf(date) != DayKind.DAY_OFF) {
                doubts.add(new Doubt("calendar.doubt.holiday-working", date, h.getValue()));
            }
        }
        int weekendHolidays = 0;
        for (MonthDay md : HOLIDAYS.keySet()) {
            if (CalendarYear.isWeekend(md.atYear(year.year()))) {
                weekendHolidays++;
            }
        }
        int workingWeekends = 0;
        int movedOff = 0;
        for (CalendarDay day : year.days().values()) {
            boolean weekend = CalendarYear.isWeekend(day.date());
            if (weekend && day.kind() != DayKind.DAY_OFF) {
                workingWeekends++;
            }
            if (!weekend && day.kind() == DayKind.DAY_OFF && !isHoliday(day.date())) {
                movedOff++;
            }
        }
        if (movedOff != weekendHolidays + workingWeekends) {
            doubts.add(new Doubt("calendar.doubt.unbalanced", null, movedOff, weekendHolidays, workingWeekends));
        }
        for (MonthDay md : HOLIDAYS.keySet()) {
            LocalDate holiday = md.atYear(year.year());
            LocalDate before = holiday.minusDays(1);
            if (before.getYear() != year.year()) {
                continue;
            }
            CalendarDay listed = year.days().get(before);
            LocalDate shouldBeShort = null;
            if (year.isWorkingDay(before)) {
                shouldBeShort = before;
            } else if (listed != null && listed.movedFrom() != null && listed.movedFrom().getYear() == year.year()
                    && CalendarYear.isWeekend(listed.movedFrom()) && year.isWorkingDay(listed.movedFrom())) {
                shouldBeShort = listed.movedFrom();
            }
            if (shouldBeShort != null && !year.isShortened(shouldBeShort)) {
                doubts.add(new Doubt("calendar.doubt.not-shortened", shouldBeShort, HOLIDAYS.get(md)));
            }
        }
        CalendarYear.Totals totals = year.standardTotals();
        if (totals.workingDays() < MIN_WORKING_DAYS || totals.workingDays() > MAX_WORKING_DAYS) {
            doubts.add(new Doubt("calendar.doubt.totals", null, totals.workingDays(), MIN_WORKING_DAYS,
                    MAX_WORKING_DAYS));
        }
        return doubts;
    }

    /** The fewest working days a Russian five-day-week year has had (2015-2027: 247-249). */
    public static final int MIN_WORKING_DAYS = 244;
    public static final int MAX_WORKING_DAYS = 252;

    /**
     * A reason to doubt a calendar.
     *
     * @param date the date concerned, or {@code null} for the year as a whole
     */
    public record Doubt(String key, LocalDate date, Object... args) {
    }
}
