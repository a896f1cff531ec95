package ru.otklik.content.control;

import org.junit.jupiter.api.Test;
import ru.otklik.content.entity.PostStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** R2.4's weekly target: ISO weeks in the organisation's zone, cancelled posts not counted. */
class WeekPlansTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");

    @Test
    void theWeekIsTheIsoWeekInTheOrganisationsZone() {
        // Sunday 29.11.2026 23:30 in Moscow is 20:30 UTC: still the week of Monday 23.11
        Instant lateSunday = Instant.parse("2026-11-29T20:30:00Z");
        assertThat(WeekPlans.weekStart(lateSunday, MOSCOW)).isEqualTo(LocalDate.of(2026, 11, 23));
        // the same instant is Monday 30.11 06:30 in Vladivostok: the next week there
        assertThat(WeekPlans.weekStart(lateSunday, VLADIVOSTOK)).isEqualTo(LocalDate.of(2026, 11, 30));
        // across a year's end: Thursday 31.12.2026 belongs to the week of Monday 28.12
        assertThat(WeekPlans.weekStart(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(WeekPlans.weekStart(LocalDate.of(2027, 1, 3))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void plannedAndPublishedCountPerAccountAndCancelledNever_R2_4() {
        LocalDate week = LocalDate.of(2026, 11, 30);
        LocalDate next = week.plusWeeks(1);
        List<WeekPlans.Slot> posts = List.of(
                slot(Set.of(1L, 2L), PostStatus.PUBLISHED, "2026-11-30T07:00:00Z"),
                slot(Set.of(1L), PostStatus.APPROVED, "2026-12-01T07:00:00Z"),
                slot(Set.of(1L), PostStatus.DRAFT, "2026-12-02T07:00:00Z"),
                slot(Set.of(1L), PostStatus.REVIEW, "2026-12-06T20:00:00Z"), // Sunday 23:00 in Moscow
                slot(Set.of(1L), PostStatus.CANCELLED, "2026-12-03T07:00:00Z"),
                slot(Set.of(1L), PostStatus.DRAFT, "2026-12-06T21:30:00Z"), // Monday 00:30 in Moscow: next week
                slot(Set.of(2L), PostStatus.PUBLISHED, "2026-11-29T08:00:00Z")); // the week before

        List<WeekCount> counts = WeekPlans.count(posts, List.of(1L, 2L, 3L), List.of(week, next), MOSCOW, 5);

        assertThat(counts).containsExactly(
                new WeekCount(1, week, 3, 1, 5),
                new WeekCount(1, next, 1, 0, 5),
                new WeekCount(2, week, 0, 1, 5),
                new WeekCount(2, next, 0, 0, 5),
                new WeekCount(3, week, 0, 0, 5),
                new WeekCount(3, next, 0, 0, 5));
        assertThat(counts.get(0).fallsShort()).isTrue();
        assertThat(counts.get(0).missing()).isEqualTo(1);
        WeekCount full = new WeekCount(1, week, 2, 3, 5);
        assertThat(full.fallsShort()).isFalse();
        assertThat(full.missing()).isZero();
    }

    private static WeekPlans.Slot slot(Set<Long> accounts, PostStatus status, String at) {
        return new WeekPlans.Slot(accounts, status, Instant.parse(at));
    }
}
