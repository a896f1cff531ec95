/**
 * The content calendar (Appendix 2: R2.4, R2.6): posts planned for the official accounts with
 * their formats and topics, their way draft, review, approved, published or cancelled, their
 * files, and each account's weeks against the weekly target.
 *
 * <p>The week arithmetic is pure Java ({@code control.WeekPlans}): ISO weeks in the organisation's
 * time zone, a published post in the week it went out, cancelled posts never. The boundary
 * {@code Posts} serves the calendar, the list and the dashboard; {@code ContentPlanCheck}, run by a
 * DeltaSpike job, announces a week that will fall short as the event {@code WeekFallsShort},
 * which the notification component turns into notices for the SMM editors and the curators.
 * Files are kept in the database (one backup holds everything), their type recognised from
 * their first bytes.
 */
package ru.otklik.content;
