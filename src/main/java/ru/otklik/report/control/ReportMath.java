package ru.otklik.report.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The report's arithmetic on counts: percentiles from a histogram, buckets of the dynamics. */
public final class ReportMath {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    private ReportMath() {
    }

    /**
     * The p-th percentile (0 < p <= 1, nearest rank) of values given as value -> how many;
     * null when there are none.
     */
    public static Integer percentile(Map<Integer, Long> histogram, double p) {
        NavigableMap<Integer, Long> sorted = new TreeMap<>(histogram);
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(p * total);
        long seen = 0;
        for (Map.Entry<Integer, Long> e : sorted.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        return sorted.lastKey();
    }

    /** Days up to a month, weeks up to half a year, months beyond. */
    public static Report.Granularity granularity(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return days <= 31 ? Report.Granularity.DAY : days <= 184 ? Report.Granularity.WEEK : Report.Granularity.MONTH;
    }

    /** The start of the bucket a local date falls in. */
    public static LocalDate bucketStart(LocalDate date, Report.Granularity g) {
        return switch (g) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /**
     * The dynamics: counts per UTC hour (as "yyyy-MM-ddTHH" hour starts) turned into local days
     * of the organisation's zone and then into buckets; the previous period's buckets are laid
     * beside the current ones by position.
     */
    public static Report.Dynamics dynamics(LocalDate from, LocalDate to, ZoneId zone, Map<Instant, Long> currentHours,
                                           Map<Instant, Long> previousHours) {
        Report.Granularity g = granularity(from, to);
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousFrom = from.minusDays(length);
        List<LocalDate> starts = starts(from, to, g);
        List<LocalDate> previousStarts = starts(previousFrom, from.minusDays(1), g);
        Map<LocalDate, Long> current = perBucket(currentHours, zone, g);
        Map<LocalDate, Long> previous = perBucket(previousHours, zone, g);
        List<Report.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            long before = i < previousStarts.size() ? previous.getOrDefault(previousStarts.get(i), 0L) : 0L;
            buckets.add(new Report.Bucket(start, (g == Report.Granularity.MONTH ? MONTH : DAY).format(start),
                    current.getOrDefault(start, 0L), before));
        }
        long previousTotal = previousHours.values().stream().mapToLong(Long::longValue).sum();
        return new Report.Dynamics(g, buckets, previousTotal);
    }

    static List<LocalDate> starts(LocalDate from, LocalDate to, Report.Granularity g) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = bucketStart(from, g); !d.isAfter(to); d = next(d, g)) {
            starts.add(d);
        }
        return starts;
    }

    private static LocalDate next(LocalDate d, Report.Granularity g) {
        return switch (g) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
        };
    }

    private static Map<LocalDate, Long> perBucket(Map<Instant, Long> hours, ZoneId zone, Report.Granularity g) {
        Map<LocalDate, Long> buckets = new TreeMap<>();
        hours.forEach((hour, count) -> buckets.merge(bucketStart(LocalDate.ofInstant(hour, zone), g), count, Long::sum));
        return buckets;
    }

    /** The UTC hour start of year/month/day/hour fields as the database grouped them. */
    public static Instant hour(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).toInstant(ZoneOffset.UTC);
    }

    /** Working minutes as hours with one decimal. */
    public static Double hours(Integer minutes) {
        return minutes == null ? null : Math.round(minutes / 6.0) / 10.0;
    }
}
