package ru.otklik.report.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's arithmetic: nearest-rank percentiles, granularity, buckets in the organisation's zone. */
class ReportMathTest {

    static final ZoneId MSK = ZoneId.of("Europe/Moscow");

    @Test
    void percentilesByNearestRankFromAHistogram() {
        Map<Integer, Long> minutes = Map.of(60, 1L, 120, 1L, 600, 1L);
        assertThat(ReportMath.percentile(minutes, 0.5)).isEqualTo(120);
        assertThat(ReportMath.percentile(minutes, 0.9)).isEqualTo(600);
        assertThat(ReportMath.percentile(Map.of(30, 9L, 480, 1L), 0.9)).isEqualTo(30);
        assertThat(ReportMath.percentile(Map.of(30, 9L, 480, 1L), 0.95)).isEqualTo(480);
        assertThat(ReportMath.percentile(Map.of(), 0.5)).isNull();
        assertThat(ReportMath.hours(90)).isEqualTo(1.5);
        assertThat(ReportMath.hours(null)).isNull();
    }

    @Test
    void daysUpToAMonthWeeksUpToHalfAYearMonthsBeyond() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertThat(ReportMath.granularity(d, d.plusDays(30))).isEqualTo(Report.Granularity.DAY);
        assertThat(ReportMath.granularity(d, d.plusDays(31))).isEqualTo(Report.Granularity.WEEK);
        assertThat(ReportMath.granularity(d, d.plusDays(183))).isEqualTo(Report.Granularity.WEEK);
        assertThat(ReportMath.granularity(d, d.plusDays(184))).isEqualTo(Report.Granularity.MONTH);
    }

    @Test
    void anHourJustBeforeMidnightInUtcBelongsToTheNextLocalDay() {
        LocalDate from = LocalDate.of(2026, 3, 2);
        LocalDate to = LocalDate.of(2026, 3, 3);
        // 02.03 22:00 UTC is 03.03 01:00 in Moscow; 01.03 12:00 UTC falls in the previous period
        Report.Dynamics d = ReportMath.dynamics(from, to, MSK,
                Map.of(ReportMath.hour(2026, 3, 2, 22), 4L, ReportMath.hour(2026, 3, 2, 6), 1L),
                Map.of(Instant.parse("2026-03-01T12:00:00Z"), 2L));
        assertThat(d.buckets()).extracting(Report.Bucket::current).containsExactly(1L, 4L);
        assertThat(d.buckets()).extracting(Report.Bucket::previous).containsExactly(0L, 2L);
        assertThat(d.buckets().get(1).label()).isEqualTo("03.03.2026");
        assertThat(d.previousTotal()).isEqualTo(2);
    }

    @Test
    void weeksStartOnMondayAndMonthsAreLabelledByMonth() {
        Report.Dynamics weeks = ReportMath.dynamics(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 4, 30), MSK, Map.of(), Map.of());
        assertThat(weeks.buckets().get(0).start()).isEqualTo(LocalDate.of(2026, 3, 2));
        Report.Dynamics months = ReportMath.dynamics(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), MSK, Map.of(), Map.of());
        assertThat(months.buckets()).hasSize(12);
        assertThat(months.buckets().get(11).label()).isEqualTo("12.2026");
    }
}
