/**
 * Working time: the Russian production calendar, the organisation's schedule and exact deadline
 * arithmetic (R1.6 8 working hours, R1.7 4 working hours, R1.9 7 working days).
 *
 * <p>The arithmetic is pure Java in {@code control} ({@link ru.otklik.worktime.control.WorkingTime}):
 * for each organisation a precomputed array of working intervals and cumulative working seconds
 * answers every query by binary search, without a loop over days or minutes. The boundary keeps
 * one engine per organisation, rebuilt when the calendar, the schedule or the policy changes, and
 * announces that as {@code WorkingTimeChanged} so that open deadlines are recomputed.
 */
package ru.otklik.worktime;
