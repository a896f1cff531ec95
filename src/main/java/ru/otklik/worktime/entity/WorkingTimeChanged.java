package ru.otklik.worktime.entity;

/**
 * An organisation's calendar, schedule, time zone or answer terms changed: open deadlines must be
 * recomputed and cached engines rebuilt.
 */
public record WorkingTimeChanged(long organisationId, String what) {
}
