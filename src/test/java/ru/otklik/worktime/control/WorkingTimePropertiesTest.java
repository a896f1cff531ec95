package ru.otklik.worktime.control;

import ru.otklik.worktime.entity.WorkSchedule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against the minute-stepping reference ({@link MinuteStepping}) over random instants
 * (whole minutes, 2024-2027), durations and organisations' schedules and time zones.
 */
class WorkingTimePropertiesTest {

    private static final long FROM = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() / 60;
    private static final long TO = Instant.parse("2027-11-30T00:00:00Z").getEpochSecond() / 60;

    record Case(WorkSchedule schedule, Instant from, Instant to, long minutes) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.of("Europe/Moscow"), ZoneId.of("Europe/Kaliningrad"),
                ZoneId.of("Asia/Yekaterinburg"), ZoneId.of("Asia/Vladivostok"), ZoneId.of("Europe/Berlin"));
        Arbitrary<WorkSchedule.DayHours> hours = Combinators.combine(
                Arbitraries.integers().between(6 * 4, 10 * 4),
                Arbitraries.integers().between(15 * 4, 20 * 4),
                Arbitraries.integers().between(11 * 4, 13 * 4),
                Arbitraries.integers().between(1, 6),
                Arbitraries.of(true, false)).as((start, end, lunch, lunchLength, hasLunch) -> hasLunch
                ? new WorkSchedule.DayHours(quarter(start), quarter(end), quarter(lunch), quarter(lunch + lunchLength))
                : new WorkSchedule.DayHours(quarter(start), quarter(end)));
        Arbitrary<WorkSchedule> schedules = Combinators.combine(zones, hours, hours,
                Arbitraries.of(true, false)).as((zone, ordinary, friday, fridayWorks) -> {
            Map<DayOfWeek, WorkSchedule.DayHours> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.getValue() <= 4) {
                    week.put(d, ordinary);
                }
            }
            if (fridayWorks) {
                week.put(DayOfWeek.FRIDAY, friday);
            }
            return new WorkSchedule(week, zone);
        });
        Arbitrary<Instant> instants = Arbitraries.longs().between(FROM, TO).map(m -> Instant.ofEpochSecond(m * 60));
        return Combinators.combine(schedules, instants, Arbitraries.longs().between(0, 6 * 24 * 60),
                Arbitraries.longs().between(0, 3000)).as((s, from, span, minutes) ->
                new Case(s, from, from.plusSeconds(span * 60), minutes));
    }

    private static LocalTime quarter(int quarters) {
        return LocalTime.of(quarters / 4, (quarters % 4) * 15);
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.MIXIN)
    void addingAgreesWithTheReference(@ForAll("cases") Case c) {
        WorkingTime engine = new WorkingTime(Calendars.SHIPPED, c.schedule());
        MinuteStepping reference = new MinuteStepping(Calendars.SHIPPED, c.schedule());
        assertThat(engine.plusWorkingMinutes(c.from(), c.minutes()))
                .isEqualTo(reference.plusWorkingMinutes(c.from(), c.minutes()));
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.MIXIN)
    void countingAgreesWithTheReference(@ForAll("cases") Case c) {
        WorkingTime engine = new WorkingTime(Calendars.SHIPPED, c.schedule());
        MinuteStepping reference = new MinuteStepping(Calendars.SHIPPED, c.schedule());
        assertThat(engine.workingMinutesBetween(c.from(), c.to()))
                .isEqualTo(reference.workingMinutesBetween(c.from(), c.to()));
        assertThat(engine.workingMinutesBetween(c.to(), c.from()))
                .isEqualTo(-reference.workingMinutesBetween(c.from(), c.to()));
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.MIXIN)
    void workingTimeAndNextWorkingInstantAgreeWithTheReference(@ForAll("cases") Case c) {
        WorkingTime engine = new WorkingTime(Calendars.SHIPPED, c.schedule());
        MinuteStepping reference = new MinuteStepping(Calendars.SHIPPED, c.schedule());
        assertThat(engine.isWorkingTime(c.from())).isEqualTo(reference.isWorkingMinute(c.from()));
        assertThat(engine.nextWorkingInstant(c.from())).isEqualTo(reference.plusWorkingMinutes(c.from(), 0));
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN)
    void aDeadlineLiesExactlyThatManyWorkingMinutesAway(@ForAll("cases") Case c) {
        WorkingTime engine = new WorkingTime(Calendars.SHIPPED, c.schedule());
        Instant due = engine.plusWorkingMinutes(c.from(), c.minutes());
        assertThat(engine.workingMinutesBetween(c.from(), due)).isEqualTo(c.minutes());
        assertThat(due).isAfterOrEqualTo(c.from());
    }
}
