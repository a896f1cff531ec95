/**
 * Notifications (issue 5): what staff must hear of without looking, in the app (a bell with the
 * unread count, live by server push, and a notifications page) and by e-mail.
 *
 * <p>The causes come from other components as events inside their own transactions: a
 * high-importance incident registered or re-classified ({@code MessageChanged}, R1.14), an executor
 * named, a deadline nearly used up or passed ({@code DeadlineAlarm}, from the message desk's
 * deadline sweep). The notifications and the e-mails to send (an outbox) are written in that same
 * transaction, so an event is never half-announced; the e-mails are sent after the commit by
 * WildFly's mail session and retried with growing pauses when the mail server fails, so a mail
 * server that is down never blocks or rolls back the work. Recurring jobs (DeltaSpike scheduler):
 * retries, the curator's morning digest, the expiry of old notifications.
 */
package ru.otklik.notify;
