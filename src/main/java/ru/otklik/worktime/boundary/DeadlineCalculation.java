package ru.otklik.worktime.boundary;

import ru.otklik.worktime.entity.DeadlineKind;
import ru.otklik.worktime.control.WorkingTime;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A deadline worked out for the calculator and the REST API: when it falls, how much working
 * time lies between, which days off it skipped, and whether every year involved is confirmed.
 */
public record DeadlineCalculation(DeadlineKind kind, Instant from, Instant dueAt, long workingMinutes, ZoneId zone,
                                  List<WorkingTime.SkippedDay> skipped, boolean confirmed) {
}
