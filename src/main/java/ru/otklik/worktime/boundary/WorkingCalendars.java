package ru.otklik.worktime.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.otklik.audit.entity.ActionRecorded;
import ru.otklik.audit.entity.FieldChange;
import ru.otklik.base.Roles;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.worktime.control.CalendarDay;
import ru.otklik.worktime.control.CalendarDiff;
import ru.otklik.worktime.control.CalendarRejected;
import ru.otklik.worktime.control.CalendarXml;
import ru.otklik.worktime.control.CalendarYear;
import ru.otklik.worktime.control.DeadlinePolicy;
import ru.otklik.worktime.entity.WorkSchedule;
import ru.otklik.worktime.control.WorkingTime;
import ru.otklik.worktime.entity.CalendarEntry;
import ru.otklik.worktime.entity.CalendarSource;
import ru.otklik.worktime.entity.DayKind;
import ru.otklik.worktime.entity.DeadlineTerms;
import ru.otklik.worktime.entity.ScheduleDay;
import ru.otklik.worktime.entity.WorkingTimeChanged;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administrator's side of working time: the production calendar year by year (view, import
 * with a preview of the changes, single days), the weekly schedule and the answer terms. Every
 * change is audited and announced as {@link WorkingTimeChanged}, so cached engines are rebuilt
 * and open deadlines recomputed. Staff may read the calendar and the terms.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class WorkingCalendars {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    WorkingTimes workingTimes;

    @Inject
    Event<WorkingTimeChanged> changed;

    @Inject
    Event<ActionRecorded> audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The year for the 12-month grid (any staff member may look). */
    @PermitAll
    public YearOverview year(int year) {
        if (year < WorkingTime.FIRST_YEAR || year > WorkingTime.LAST_YEAR) {
            throw RequestRefused.ofParameter("year", "error.deadline.range", WorkingTime.FIRST_YEAR,
                    WorkingTime.LAST_YEAR);
        }
        WorkingTime time = workingTimes.of(organisation.id());
        CalendarYear y = time.calendar().year(year);
        List<WorkingTime.Totals> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(time.totals(YearMonth.of(year, m)));
        }
        return new YearOverview(y, time.calendar().isConfirmed(year), time.calendar().loaded().containsKey(year),
                y.source(), months, time.totals(year));
    }

    /** Reads a file and says what importing it would change; refuses a bad file naming each line. */
    public ImportPreview preview(@NotNull @Size(max = 1024 * 1024, message = "{file.too-large}") byte[] xml) {
        CalendarYear imported = parse(xml, "preview");
        CalendarYear current = workingTimes.of(organisation.id()).calendar().year(imported.year());
        return new ImportPreview(imported.year(), imported.standardTotals(),
                workingTimes.of(organisation.id()).calendar().isConfirmed(imported.year()),
                CalendarDiff.between(current, imported));
    }

    /** Imports a year (replacing the organisation's data of that year), after checking it again. */
    public ImportPreview apply(@NotNull @Size(max = 1024 * 1024, message = "{file.too-large}") byte[] xml,
                               @Size(max = 200, message = "{field.too-long}") String fileName) {
        ImportPreview preview = preview(xml);
        CalendarYear imported = parse(xml, "Импорт " + (fileName == null || fileName.isBlank() ? "XML" : fileName.strip()));
        long org = organisation.id();
        em.createNamedQuery(CalendarEntry.DELETE_YEAR).setParameter("org", org)
                .setParameter("from", LocalDate.of(imported.year(), 1, 1))
                .setParameter("to", LocalDate.of(imported.year(), 12, 31)).executeUpdate();
        for (CalendarDay d : imported.days().values()) {
            em.persist(new CalendarEntry(org, d.date(), d.kind(), d.holiday(), d.movedFrom()));
        }
        source(imported.year()).reloaded(imported.source(), true, clock.instant(), caller());
        recordAndAnnounce("CALENDAR_IMPORTED", String.valueOf(imported.year()), preview.changes().stream()
                .map(c -> new FieldChange(c.date().toString(), name(c.before()), name(c.after()))).toList());
        return preview;
    }

    /** Changes one date (kind {@code null}: an ordinary day again). */
    public void changeDay(@NotNull LocalDate date, DayKind kind,
                          @Size(max = 100, message = "{field.too-long}") String holiday) {
        if (date.getYear() < WorkingTime.FIRST_YEAR || date.getYear() > WorkingTime.LAST_YEAR) {
            throw RequestRefused.ofParameter("date", "error.deadline.range", WorkingTime.FIRST_YEAR,
                    WorkingTime.LAST_YEAR);
        }
        long org = organisation.id();
        CalendarYear current = workingTimes.of(org).calendar().year(date.getYear());
        DayKind before = current.kindOf(date);
        String holidayText = holiday == null || holiday.isBlank() ? null : holiday.strip();
        if (!workingTimes.of(org).calendar().isConfirmed(date.getYear()) && !hasSource(date.getYear())) {
            // editing a Labour Code year: keep its other dates as they are now
            for (CalendarDay d : current.days().values()) {
                em.persist(new CalendarEntry(org, d.date(), d.kind(), d.holiday(), d.movedFrom()));
            }
            em.flush();
        }
        CalendarEntry entry = em.createNamedQuery(CalendarEntry.OF_DATE, CalendarEntry.class)
                .setParameter("org", org).setParameter("date", date).getResultStream().findFirst().orElse(null);
        if (kind == null && entry != null) {
            em.remove(entry);
        } else if (kind != null && entry == null) {
            em.persist(new CalendarEntry(org, date, kind, holidayText, null));
        } else if (kind != null) {
            entry.change(kind, holidayText);
        }
        CalendarSource source = source(date.getYear());
        source.reloaded(source.getDescription().startsWith("Изменено") ? source.getDescription()
                : "Изменено администратором; " + source.getDescription(), source.isConfirmed(), clock.instant(), caller());
        recordAndAnnounce("CALENDAR_DAY_CHANGED", date.toString(),
                List.of(new FieldChange(date.toString(), name(before), name(kind))));
    }

    /** The weekly schedule (any staff member may look). */
    @PermitAll
    public WorkSchedule schedule() {
        return workingTimes.of(organisation.id()).schedule();
    }

    /** Replaces the weekly schedule; refused, naming the weekday, if any day's hours are impossible. */
    public void saveSchedule(@NotNull Map<DayOfWeek, WorkSchedule.DayHours> week) {
        WorkSchedule schedule = new WorkSchedule(week, organisation.zone());
        List<WorkSchedule.Problem> problems = schedule.problems();
        if (!problems.isEmpty()) {
            WorkSchedule.Problem p = problems.get(0);
            throw RequestRefused.ofParameter(p.day() == null ? "week" : p.day().name(), p.key(),
                    p.day() == null ? "" : p.day().name());
        }
        long org = organisation.id();
        Map<DayOfWeek, ScheduleDay> existing = new java.util.EnumMap<>(DayOfWeek.class);
        for (ScheduleDay d : em.createNamedQuery(ScheduleDay.OF_ORGANISATION, ScheduleDay.class)
                .setParameter("org", org).getResultList()) {
            existing.put(d.getDay(), d);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            WorkSchedule.DayHours hours = week.get(day);
            ScheduleDay row = existing.get(day);
            if (hours == null && row != null) {
                em.remove(row);
            } else if (hours != null) {
                boolean fresh = row == null;
                if (fresh) {
                    row = new ScheduleDay(org, day);
                }
                row.hours(hours.start(), hours.end(), hours.lunchStart(), hours.lunchEnd());
                if (fresh) {
                    em.persist(row); // Hibernate takes a new entity's state at persist: set it first
                }
            }
        }
        flush();
        changed.fire(new WorkingTimeChanged(org, "schedule"));
    }

    /** The answer terms (any staff member may look). */
    @PermitAll
    public DeadlinePolicy policy() {
        return workingTimes.policy(organisation.id());
    }

    /** Changes the answer terms; the decree's are the defaults (R1.6, R1.7, R1.9). */
    public void savePolicy(@NotNull DeadlinePolicy policy) {
        List<String[]> problems = policy.problems();
        if (!problems.isEmpty()) {
            throw RequestRefused.ofParameter(problems.get(0)[0], problems.get(0)[1], DeadlinePolicy.MAX_MINUTES,
                    DeadlinePolicy.MAX_DAYS);
        }
        long org = organisation.id();
        DeadlineTerms terms = em.find(DeadlineTerms.class, org);
        if (terms == null) {
            em.persist(new DeadlineTerms(org, policy.incidentMinutes(), policy.highImportanceMinutes(),
                    policy.publicationMinutes(), policy.finalAnswerDays()));
        } else {
            terms.set(policy.incidentMinutes(), policy.highImportanceMinutes(), policy.publicationMinutes(),
                    policy.finalAnswerDays());
        }
        flush();
        changed.fire(new WorkingTimeChanged(org, "policy"));
    }

    private CalendarYear parse(byte[] xml, String source) {
        try {
            CalendarYear year = CalendarXml.read(new ByteArrayInputStream(xml), source);
            if (year.year() < WorkingTime.FIRST_YEAR || year.year() > WorkingTime.LAST_YEAR) {
                throw RequestRefused.ofParameter("year", "error.deadline.range", WorkingTime.FIRST_YEAR,
                        WorkingTime.LAST_YEAR);
            }
            return year;
        } catch (CalendarRejected rejected) {
            throw new CalendarImportRefused(rejected.problems());
        }
    }

    private boolean hasSource(int year) {
        return !em.createNamedQuery(CalendarSource.OF_YEAR, CalendarSource.class)
                .setParameter("org", organisation.id()).setParameter("year", year).getResultList().isEmpty();
    }

    private CalendarSource source(int year) {
        return em.createNamedQuery(CalendarSource.OF_YEAR, CalendarSource.class)
                .setParameter("org", organisation.id()).setParameter("year", year).getResultStream().findFirst()
                .orElseGet(() -> {
                    CalendarSource s = new CalendarSource(organisation.id(), year, "Трудовой кодекс РФ", false,
                            clock.instant(), caller());
                    em.persist(s);
                    return s;
                });
    }

    private void recordAndAnnounce(String action, String label, List<FieldChange> changes) {
        flush();
        audit.fire(new ActionRecorded(organisation.id(), null, action, "ProductionCalendar", label, label, changes));
        changed.fire(new WorkingTimeChanged(organisation.id(), action));
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange();
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String name(DayKind kind) {
        return kind == null ? "ORDINARY" : kind.name();
    }
}
