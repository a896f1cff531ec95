package ru.otklik.worktime.control;

import ru.otklik.worktime.entity.WorkSchedule;
import ru.otklik.worktime.entity.DayKind;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Exact working-time arithmetic for one organisation (its calendar and schedule).
 *
 * <p>Built once: every working interval of every day from {@link #FIRST_YEAR} to
 * {@link #LAST_YEAR} as epoch seconds (computed through the organisation's zone, so daylight
 * saving is handled), with the working seconds accumulated before each interval. Every query is
 * then a binary search over these arrays: O(log n), no loop over days or minutes, no allocation.
 * Intervals are half-open: at 12:00 on a day with lunch 12:00-13:00 it is no longer working time.
 *
 * <p>The decree's rules (REQUIREMENTS.md, "Working time"): a message detected outside working
 * time starts its clock at the next working instant; a deadline is the exact instant the working
 * time runs out, so 4 working hours from 13:00 on an ordinary day end at 17:00 that day, not at
 * 08:00 the next morning (R1.6, R1.7); "7 working days from the day of the interim answer" start
 * counting the next day and end with the end of working time on the 7th working day (R1.9, Civil
 * Code art. 191).
 */
public final class WorkingTime {

    public static final int FIRST_YEAR = 2015;
    public static final int LAST_YEAR = 2035;

    private final ZoneId zone;
    private final ProductionCalendar calendar;
    private final WorkSchedule schedule;
    private final LocalDate firstDay = LocalDate.of(FIRST_YEAR, 1, 1);
    private final long rangeStart;
    private final long rangeEnd;
    /** Interval k is [starts[k], ends[k]) in epoch seconds; cumulative[k] working seconds precede it. */
    private final long[] starts;
    private final long[] ends;
    private final long[] cumulative;
    /** The day index (days since firstDay) of each working day, in order. */
    private final int[] workingDays;
    /** For each day index, how many working days precede it. */
    private final int[] workingDaysBefore;
    /** For each day index, the end of its last interval (or -1 on a day off). */
    private final long[] dayEnd;

    public WorkingTime(ProductionCalendar calendar, WorkSchedule schedule) {
        if (!schedule.problems().isEmpty()) {
            throw new IllegalArgumentException("Invalid schedule: " + schedule.problems());
        }
        this.calendar = calendar;
        this.schedule = schedule;
        this.zone = schedule.zone();
        LocalDate lastDay = LocalDate.of(LAST_YEAR, 12, 31);
        int days = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        this.rangeStart = firstDay.atStartOfDay(zone).toEpochSecond();
        this.rangeEnd = lastDay.plusDays(1).atStartOfDay(zone).toEpochSecond();
        long[] s = new long[days * 2];
        long[] e = new long[days * 2];
        long[] c = new long[days * 2 + 1];
        int[] wd = new int[days];
        int[] before = new int[days + 1];
        long[] ends = new long[days];
        int n = 0;
        int w = 0;
        long total = 0;
        for (int i = 0; i < days; i++) {
            LocalDate date = firstDay.plusDays(i);
            before[i] = w;
            ends[i] = -1;
            for (LocalTime[] interval : intervals(date)) {
                s[n] = date.atTime(interval[0]).atZone(zone).toEpochSecond();
                e[n] = date.atTime(interval[1]).atZone(zone).toEpochSecond();
                if (e[n] <= s[n]) {
                    continue; // a DST gap swallowed it
                }
                c[n] = total;
                total += e[n] - s[n];
                ends[i] = e[n];
                n++;
            }
            if (ends[i] >= 0) {
                wd[w++] = i;
            }
        }
        before[days] = w;
        this.starts = Arrays.copyOf(s, n);
        this.ends = Arrays.copyOf(e, n);
        c[n] = total;
        this.cumulative = Arrays.copyOf(c, n + 1);
        this.workingDays = Arrays.copyOf(wd, w);
        this.workingDaysBefore = before;
        this.dayEnd = ends;
    }

    /** The working intervals of a date as [start, end) local times, after calendar and schedule. */
    List<LocalTime[]> intervals(LocalDate date) {
        CalendarYear year = calendar.year(date.getYear());
        DayKind kind = year.kindOf(date);
        if (kind == DayKind.DAY_OFF) {
            return List.of();
        }
        boolean weekend = CalendarYear.isWeekend(date);
        Optional<WorkSchedule.DayHours> hours;
        if (weekend) {
            if (kind == null) {
                return List.of();
            }
            hours = schedule.ordinaryHours(); // a working Saturday or Sunday keeps the ordinary hours
        } else {
            hours = schedule.hours(date.getDayOfWeek());
        }
        if (hours.isEmpty()) {
            return List.of();
        }
        WorkSchedule.DayHours h = hours.get();
        List<LocalTime[]> intervals = new ArrayList<>(2);
        if (h.lunchStart() == null) {
            intervals.add(new LocalTime[]{h.start(), h.end()});
        } else {
            intervals.add(new LocalTime[]{h.start(), h.lunchStart()});
            intervals.add(new LocalTime[]{h.lunchEnd(), h.end()});
        }
        if (kind == DayKind.SHORTENED) {
            shortenByOneHour(intervals);
        }
        return intervals;
    }

    /** Art. 95: the day ends one hour earlier; if that reaches into the lunch break, the morning ends earlier. */
    private static void shortenByOneHour(List<LocalTime[]> intervals) {
        int cut = 3600;
        for (int i = intervals.size() - 1; i >= 0 && cut > 0; i--) {
            LocalTime[] interval = intervals.get(i);
            int length = interval[1].toSecondOfDay() - interval[0].toSecondOfDay();
            if (length > cut) {
                interval[1] = interval[1].minusSeconds(cut);
                cut = 0;
            } else {
                intervals.remove(i);
                cut -= length;
            }
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public ProductionCalendar calendar() {
        return calendar;
    }

    public WorkSchedule schedule() {
        return schedule;
    }

    /**
     * The instant at which {@code minutes} of working time have passed after {@code from} (whose
     * clock starts at the next working instant). Zero minutes give the next working instant.
     */
    public Instant plusWorkingMinutes(Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("A duration of working time cannot be negative: " + minutes);
        }
        long t = inRange(from);
        if (minutes == 0) {
            return nextWorkingInstant(from);
        }
        long target = cumulativeAt(t) + minutes * 60;
        if (target > cumulative[cumulative.length - 1]) {
            throw new IllegalArgumentException("The deadline falls after " + LAST_YEAR + ", outside the supported years");
        }
        // the first interval whose cumulative end reaches the target
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid + 1] >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Instant.ofEpochSecond(starts[lo] + (target - cumulative[lo]));
    }

    /** Whole working minutes between two instants; negative when {@code to} is before {@code from}. */
    public long workingMinutesBetween(Instant from, Instant to) {
        long seconds = cumulativeAt(inRange(to)) - cumulativeAt(inRange(from));
        return seconds >= 0 ? seconds / 60 : -((-seconds) / 60);
    }

    public boolean isWorkingTime(Instant instant) {
        long t = inRange(instant);
        int k = lastStartAtOrBefore(t);
        return k >= 0 && t < ends[k];
    }

    /** The instant itself if it is working time, else the start of the next working interval. */
    public Instant nextWorkingInstant(Instant instant) {
        long t = inRange(instant);
        int k = lastStartAtOrBefore(t);
        if (k >= 0 && t < ends[k]) {
            return instant;
        }
        if (k + 1 >= starts.length) {
            throw new IllegalArgumentException("No working time after " + instant + " within the supported years");
        }
        return Instant.ofEpochSecond(starts[k + 1]);
    }

    /**
     * R1.9: the end of working time on the {@code n}-th working day after {@code date} (counting
     * starts the next day, Civil Code art. 191).
     */
    public Instant endOfNthWorkingDayAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("The number of working days must be at least 1: " + n);
        }
        int day = dayIndex(date);
        int ordinal = workingDaysBefore[day + 1] + n - 1;
        if (ordinal >= workingDays.length) {
            throw new IllegalArgumentException("The deadline falls after " + LAST_YEAR + ", outside the supported years");
        }
        return Instant.ofEpochSecond(dayEnd[workingDays[ordinal]]);
    }

    /** The days off (with the holiday's name, if any) strictly after {@code from}'s day and up to {@code to}'s day. */
    public List<SkippedDay> daysOffBetween(Instant from, Instant to) {
        LocalDate a = LocalDate.ofInstant(Instant.ofEpochSecond(inRange(from)), zone);
        LocalDate b = LocalDate.ofInstant(Instant.ofEpochSecond(inRange(to)), zone);
        List<SkippedDay> skipped = new ArrayList<>();
        for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
            if (dayEnd[dayIndex(d)] < 0) {
                CalendarDay listed = calendar.listed(d);
                skipped.add(new SkippedDay(d, listed == null ? null : listed.holiday(),
                        listed == null ? null : listed.movedFrom()));
            }
        }
        return skipped;
    }

    /** Working days and working hours of a month, under this organisation's schedule. */
    public Totals totals(YearMonth month) {
        int from = dayIndex(month.atDay(1));
        int to = dayIndex(month.atEndOfMonth()) + 1;
        return totals(from, to);
    }

    /** Working days and working hours of a year, under this organisation's schedule. */
    public Totals totals(int year) {
        return totals(dayIndex(LocalDate.of(year, 1, 1)), dayIndex(LocalDate.of(year, 12, 31)) + 1);
    }

    private Totals totals(int fromDay, int toDay) {
        int days = workingDaysBefore[toDay] - workingDaysBefore[fromDay];
        long fromSecond = firstDay.plusDays(fromDay).atStartOfDay(zone).toEpochSecond();
        long toSecond = firstDay.plusDays(toDay).atStartOfDay(zone).toEpochSecond();
        long seconds = cumulativeAt(toSecond) - cumulativeAt(fromSecond);
        return new Totals(days, seconds / 60);
    }

    /** Working seconds from the start of the range to {@code t}. */
    private long cumulativeAt(long t) {
        int k = lastStartAtOrBefore(t);
        if (k < 0) {
            return 0;
        }
        return t < ends[k] ? cumulative[k] + (t - starts[k]) : cumulative[k + 1];
    }

    /** The last interval starting at or before t, or -1. */
    private int lastStartAtOrBefore(long t) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private long inRange(Instant instant) {
        long t = instant.getEpochSecond();
        if (t < rangeStart || t >= rangeEnd) {
            throw new IllegalArgumentException("The instant " + instant + " is outside the supported years "
                    + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return t;
    }

    private int dayIndex(LocalDate date) {
        long i = ChronoUnit.DAYS.between(firstDay, date);
        if (i < 0 || i >= dayEnd.length) {
            throw new IllegalArgumentException("The date " + date + " is outside the supported years "
                    + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return (int) i;
    }

    /** A day off between two instants, for telling the user which days a deadline skipped. */
    public record SkippedDay(LocalDate date, String holiday, LocalDate movedFrom) {

        public boolean isWeekend() {
            return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        }
    }

    /** Working days and minutes of a period. */
    public record Totals(int workingDays, long workingMinutes) {

        public double workingHours() {
            return workingMinutes / 60.0;
        }
    }
}
