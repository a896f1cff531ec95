package ru.otklik.worktime.control;

import ru.otklik.worktime.entity.WorkSchedule;
import org.junit.jupiter.api.Test;
import ru.otklik.worktime.entity.DeadlineKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-worked cases of the decree's terms on the shipped calendars, Mon-Fri 08-17, lunch 12-13. */
class WorkingTimeTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final WorkingTime MSK = new WorkingTime(Calendars.SHIPPED, WorkSchedule.standard(MOSCOW));

    static Instant msk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }

    @ParameterizedTest(name = "{0} + {1} min = {2}")
    @CsvSource({
            // R1.7: 4 working hours from 13:00 on an ordinary day end at 17:00 that day, not 08:00 next morning
            "2026-11-30T13:00, 240, 2026-11-30T17:00",
            // R1.6: 8 working hours from 10:00 run over the lunch break and the night
            "2026-11-30T10:00, 480, 2026-12-01T10:00",
            // lunch break: 11:30 + 1 h = 12:00 (30 min) + 13:00-13:30
            "2026-11-30T11:30, 60, 2026-11-30T13:30",
            // detected on a Saturday: the clock starts on Monday at 08:00; 4 h end exactly at lunch
            "2026-11-28T15:00, 240, 2026-11-30T12:00",
            // detected at night: the clock starts at 08:00
            "2026-12-01T23:40, 30, 2026-12-02T08:30",
            // a shortened day (03.11.2026 ends 16:00), the holiday 04.11, then Thursday
            "2026-11-03T15:00, 240, 2026-11-05T11:00",
            // after the end of a shortened day (30.04.2025), the holiday 01.05, the moved day off 02.05, a weekend
            "2025-04-30T16:00, 240, 2025-05-05T12:00",
            // a working Saturday (27.04.2024) keeps the ordinary hours
            "2024-04-26T16:00, 240, 2024-04-27T11:00",
            // New Year: 31.12.2025 is a day off (moved from 05.01), 01-11.01.2026 off (09.01 moved from 03.01)
            "2025-12-30T15:00, 480, 2026-01-12T15:00",
            // zero minutes: the next working instant
            "2026-11-29T10:00, 0, 2026-11-30T08:00",
            "2026-11-30T09:15, 0, 2026-11-30T09:15",
    })
    void addingWorkingMinutes(String from, long minutes, String expected) {
        assertThat(MSK.plusWorkingMinutes(msk(from), minutes)).isEqualTo(msk(expected));
    }

    @Test
    void workingMinutesBetweenIsTheInverseAndSigned() {
        assertThat(MSK.workingMinutesBetween(msk("2026-11-30T13:00"), msk("2026-11-30T17:00"))).isEqualTo(240);
        assertThat(MSK.workingMinutesBetween(msk("2025-12-30T15:00"), msk("2026-01-12T15:00"))).isEqualTo(480);
        assertThat(MSK.workingMinutesBetween(msk("2026-11-30T17:00"), msk("2026-11-30T13:00"))).isEqualTo(-240);
        assertThat(MSK.workingMinutesBetween(msk("2026-11-28T09:00"), msk("2026-11-29T18:00"))).isZero();
    }

    @Test
    void workingTimeAndTheNextWorkingInstant() {
        assertThat(MSK.isWorkingTime(msk("2026-11-30T08:00"))).isTrue();
        assertThat(MSK.isWorkingTime(msk("2026-11-30T12:00"))).isFalse();
        assertThat(MSK.isWorkingTime(msk("2026-11-30T16:59:59"))).isTrue();
        assertThat(MSK.isWorkingTime(msk("2026-11-30T17:00"))).isFalse();
        assertThat(MSK.isWorkingTime(msk("2026-11-03T16:30"))).isFalse(); // shortened day
        assertThat(MSK.isWorkingTime(msk("2024-12-28T10:00"))).isTrue(); // working Saturday
        assertThat(MSK.isWorkingTime(msk("2026-01-09T10:00"))).isFalse(); // moved day off
        assertThat(MSK.nextWorkingInstant(msk("2026-11-30T12:10"))).isEqualTo(msk("2026-11-30T13:00"));
        assertThat(MSK.nextWorkingInstant(msk("2026-12-31T09:00"))).isEqualTo(msk("2027-01-11T08:00"));
    }

    @Test
    void sevenWorkingDaysAfterAnInterimAnswerCountFromTheNextDay_R1_9() {
        // across the May holidays 2026: 30.04 (1, shortened), 04.05-08.05 (2-6), 12.05 (7): 09-11.05 are off
        assertThat(MSK.endOfNthWorkingDayAfter(LocalDate.of(2026, 4, 29), 7)).isEqualTo(msk("2026-05-12T17:00"));
        // across the year boundary: 30.12.2025 (1), 12.01-16.01.2026 (2-6), 19.01 (7)
        assertThat(MSK.endOfNthWorkingDayAfter(LocalDate.of(2025, 12, 29), 7)).isEqualTo(msk("2026-01-19T17:00"));
        // the 7th day being a shortened day ends an hour earlier: from 21.04.2026 the 7th is 30.04
        assertThat(MSK.endOfNthWorkingDayAfter(LocalDate.of(2026, 4, 21), 7)).isEqualTo(msk("2026-04-30T16:00"));
        // an interim answer given on a Saturday counts from Monday
        assertThat(MSK.endOfNthWorkingDayAfter(LocalDate.of(2026, 11, 28), 1)).isEqualTo(msk("2026-11-30T17:00"));
    }

    @ParameterizedTest(name = "{0}: {1} working days, {2} hours")
    @CsvSource({"2024, 248, 1979", "2025, 247, 1972", "2026, 247, 1972", "2027, 247, 1972"})
    void theOfficialYearlyTotals(int year, int days, int hours) {
        WorkingTime.Totals totals = MSK.totals(year);
        assertThat(totals.workingDays()).isEqualTo(days);
        assertThat(totals.workingMinutes()).isEqualTo(hours * 60L);
        CalendarYear.Totals standard = Calendars.SHIPPED.year(year).standardTotals();
        assertThat(standard).isEqualTo(new CalendarYear.Totals(days, hours));
    }

    @Test
    void monthlyTotalsAddUpToTheYear() {
        long minutes = 0;
        int days = 0;
        for (int m = 1; m <= 12; m++) {
            WorkingTime.Totals t = MSK.totals(YearMonth.of(2026, m));
            minutes += t.workingMinutes();
            days += t.workingDays();
        }
        assertThat(days).isEqualTo(247);
        assertThat(minutes).isEqualTo(1972 * 60L);
        assertThat(MSK.totals(YearMonth.of(2026, 1))).isEqualTo(new WorkingTime.Totals(15, 120 * 60));
    }

    @Test
    void anotherTimeZoneCountsInItsOwnLocalHours() {
        ZoneId vladivostok = ZoneId.of("Asia/Vladivostok");
        WorkingTime vl = new WorkingTime(Calendars.SHIPPED, WorkSchedule.standard(vladivostok));
        Instant from = LocalDateTime.parse("2026-11-30T13:00").atZone(vladivostok).toInstant();
        assertThat(vl.plusWorkingMinutes(from, 240))
                .isEqualTo(LocalDateTime.parse("2026-11-30T17:00").atZone(vladivostok).toInstant());
        // 13:00 in Moscow is 20:00 in Vladivostok: out of hours there
        assertThat(vl.isWorkingTime(msk("2026-11-30T13:00"))).isFalse();
    }

    @Test
    void daylightSavingTimeIsHandledWhereItExists() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WorkingTime de = new WorkingTime(Calendars.SHIPPED, WorkSchedule.standard(berlin));
        // Friday 27.03.2026 15:00 CET + 4 h: 2 h on Friday, clocks go forward on Sunday, 2 h on Monday
        Instant from = LocalDateTime.parse("2026-03-27T15:00").atZone(berlin).toInstant();
        Instant due = de.plusWorkingMinutes(from, 240);
        assertThat(due).isEqualTo(LocalDateTime.parse("2026-03-30T10:00").atZone(berlin).toInstant());
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void aScheduleWithoutLunchAndAShorterFriday() {
        Map<DayOfWeek, WorkSchedule.DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : new DayOfWeek[]{DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY}) {
            week.put(d, new WorkSchedule.DayHours(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        week.put(DayOfWeek.FRIDAY, new WorkSchedule.DayHours(LocalTime.of(9, 0), LocalTime.of(16, 45)));
        WorkingTime t = new WorkingTime(Calendars.SHIPPED, new WorkSchedule(week, MOSCOW));
        assertThat(t.plusWorkingMinutes(msk("2026-12-04T15:45"), 120)).isEqualTo(msk("2026-12-07T10:00"));
    }

    @Test
    void aShortenedDayThatCutsIntoLunchEndsTheMorningEarlier() {
        Map<DayOfWeek, WorkSchedule.DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getValue() <= 5) {
                // afternoon of only 30 minutes: the shortened day loses it and 30 minutes of the morning
                week.put(d, new WorkSchedule.DayHours(LocalTime.of(8, 0), LocalTime.of(13, 30), LocalTime.of(12, 0),
                        LocalTime.of(13, 0)));
            }
        }
        WorkingTime t = new WorkingTime(Calendars.SHIPPED, new WorkSchedule(week, MOSCOW));
        assertThat(t.isWorkingTime(msk("2026-11-03T11:20"))).isTrue();
        assertThat(t.isWorkingTime(msk("2026-11-03T11:40"))).isFalse();
        assertThat(t.isWorkingTime(msk("2026-11-03T13:10"))).isFalse();
    }

    @Test
    void aYearWithoutDataFollowsTheLabourCodeAndIsUnconfirmed() {
        assertThat(Calendars.SHIPPED.isConfirmed(2026)).isTrue();
        assertThat(Calendars.SHIPPED.isConfirmed(2028)).isFalse();
        // 2028: 04.11 is a Saturday, moved to Monday 06.11; 03.11 (Friday) is shortened
        assertThat(MSK.isWorkingTime(msk("2028-11-06T10:00"))).isFalse();
        assertThat(MSK.isWorkingTime(msk("2028-11-03T16:30"))).isFalse();
        assertThat(MSK.isWorkingTime(msk("2028-11-03T15:30"))).isTrue();
    }

    @Test
    void badInputIsRefusedClearly() {
        assertThatThrownBy(() -> MSK.plusWorkingMinutes(msk("2026-11-30T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> MSK.plusWorkingMinutes(Instant.parse("1990-01-01T00:00:00Z"), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the supported years");
        assertThatThrownBy(() -> MSK.workingMinutesBetween(msk("2026-11-30T10:00"), Instant.parse("2099-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the supported years");
        assertThatThrownBy(() -> MSK.endOfNthWorkingDayAfter(LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDecreePolicyGivesTheTermsOfEachKind() {
        DeadlinePolicy p = DeadlinePolicy.DECREE;
        Instant from = msk("2026-11-30T13:00");
        assertThat(p.due(MSK, DeadlineKind.HIGH_IMPORTANCE, from)).isEqualTo(msk("2026-11-30T17:00"));
        assertThat(p.due(MSK, DeadlineKind.INCIDENT, from)).isEqualTo(msk("2026-12-01T12:00"));
        assertThat(p.due(MSK, DeadlineKind.PUBLICATION, from)).isEqualTo(msk("2026-12-01T12:00"));
        assertThat(p.due(MSK, DeadlineKind.FINAL_AFTER_INTERIM, from)).isEqualTo(msk("2026-12-09T17:00"));
        assertThat(p.problems()).isEmpty();
        assertThat(new DeadlinePolicy(0, 240, 480, 99).problems()).extracting(a -> a[0])
                .containsExactly("incidentMinutes", "finalAnswerDays");
    }

    @Test
    void daysOffSkippedAreNamed() {
        var skipped = MSK.daysOffBetween(msk("2026-11-03T15:00"), msk("2026-11-05T11:00"));
        assertThat(skipped).extracting(WorkingTime.SkippedDay::date).containsExactly(LocalDate.of(2026, 11, 4));
        assertThat(skipped.get(0).holiday()).isEqualTo("День народного единства");
    }
}
