/**
 * The first start (issue 10): on an empty installation the first administrator is taken to a
 * short wizard before anything else: their own password in place of the one-time one, the
 * organisation (settlement, district, head, curator, the responsible official of decree item 2,
 * time zone) and the working hours. Nothing is saved until the last step; then
 * {@code FirstStart.complete} writes it all in one transaction and marks the organisation
 * configured ({@code organisation.configured_at}), after which the wizard never runs again: the
 * boundary refuses, the route sends the user home. Installations from before the wizard count as
 * configured (migration V12).
 *
 * <p>It sits above {@code org}, {@code security} and {@code worktime} and reaches them through
 * their boundaries and entities only: the password rules and the replacement of the one-time
 * password belong to {@code security.boundary.Staff}, the schedule and its checks to
 * {@code worktime.boundary.WorkingCalendars} and {@code worktime.entity.WorkSchedule}. No
 * component depends on it; the UI guard ({@code ui.FirstStartGuard}) joins every UI by CDI.
 */
package ru.otklik.setup;
