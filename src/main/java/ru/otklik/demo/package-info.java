/**
 * The demo data set (issue 10): a fictional rural settlement with staff in every role, a few weeks
 * of messages in every state, answers, official accounts with a content plan, comments awaiting
 * moderation and a blacklist, so that a newcomer sees every screen working.
 *
 * <p>Why it is shaped so: the demo is an organisation of its own, marked {@code organisation.demo}.
 * Every business record already belongs to one organisation, so removing the demo deletes the
 * rows of that organisation (in dependency order, in one transaction) and real data is untouched
 * by construction; the demo's rows never enter the real organisation's lists, counts or reports.
 * The data is built through the application's own model (the message registrar computes the
 * deadlines in working time and arms the alarms, the comment registrar runs the abuse detection,
 * the working-time engine counts the first-answer minutes the reports read), never as raw rows,
 * so what the screens show is what the application itself would have computed. Dates are
 * relative to the moment of loading, in the organisation's time zone. The demo staff have no
 * e-mail addresses, so their notifications never leave the application.
 *
 * <p>{@code boundary.DemoData} is the one entry point (ADMIN): load, remove, present, and the demo
 * logins for the login page (anyone, and only while the demo is loaded). The first-start wizard
 * offers the same {@code load()}; {@code OTKLIK_DEMO=load} does it at start-up.
 */
package ru.otklik.demo;
