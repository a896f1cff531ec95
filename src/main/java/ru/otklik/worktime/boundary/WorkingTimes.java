package ru.otklik.worktime.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.org.entity.Organisation;
import ru.otklik.worktime.control.CalendarDay;
import ru.otklik.worktime.control.CalendarYear;
import ru.otklik.worktime.entity.DeadlineKind;
import ru.otklik.worktime.control.DeadlinePolicy;
import ru.otklik.worktime.control.ProductionCalendar;
import ru.otklik.worktime.entity.WorkSchedule;
import ru.otklik.worktime.control.WorkingTime;
import ru.otklik.worktime.entity.CalendarEntry;
import ru.otklik.worktime.entity.CalendarSource;
import ru.otklik.worktime.entity.DeadlineTerms;
import ru.otklik.worktime.entity.ScheduleDay;
import ru.otklik.worktime.entity.WorkingTimeChanged;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working-time engine of each organisation, built from its calendar, schedule and zone and
 * kept until they change ({@link WorkingTimeChanged}). Reading deadlines reveals only the
 * calendar and the schedule, which are public, so any caller may ask ({@code @PermitAll}); the
 * changes belong to {@link WorkingCalendars}. On another node of a cluster a cached engine
 * lives at most {@link #MAX_AGE_SECONDS} seconds after a change there.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WorkingTimes {

    static final long MAX_AGE_SECONDS = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    java.time.Clock clock;

    private final Map<Long, Cached> engines = new ConcurrentHashMap<>();

    /** The engine of an organisation. */
    public WorkingTime of(long organisationId) {
        Instant now = clock.instant();
        Cached cached = engines.get(organisationId);
        if (cached == null || cached.builtAt().plusSeconds(MAX_AGE_SECONDS).isBefore(now)) {
            cached = new Cached(build(organisationId), policyFromDatabase(organisationId), now);
            engines.put(organisationId, cached);
        }
        return cached.engine();
    }

    public DeadlinePolicy policy(long organisationId) {
        of(organisationId);
        return engines.get(organisationId).policy();
    }

    /** The organisation's working time and terms as they stand now, for many computations in a row. */
    public OrganisationTime time(long organisationId) {
        return new OrganisationTime(of(organisationId), policy(organisationId));
    }

    /** The due instant of a term starting at {@code from} in the organisation's working time. */
    public Instant due(long organisationId, DeadlineKind kind, Instant from) {
        return time(organisationId).due(kind, from);
    }

    /** R1.9: the final answer after an interim one posted at {@code interimAt}. */
    public Instant finalDue(long organisationId, Instant interimAt) {
        return due(organisationId, DeadlineKind.FINAL_AFTER_INTERIM, interimAt);
    }

    /** The organisation's time zone, in which its deadlines are shown. */
    public ZoneId zone(long organisationId) {
        return of(organisationId).zone();
    }

    /** The instant {@code minutes} working minutes after {@code from} in the organisation's working time. */
    public Instant plusWorkingMinutes(long organisationId, Instant from, long minutes) {
        return of(organisationId).plusWorkingMinutes(from, minutes);
    }

    /** Working minutes between two instants in the organisation's working time. */
    public long workingMinutesBetween(long organisationId, Instant from, Instant to) {
        return of(organisationId).workingMinutesBetween(from, to);
    }

    /** A deadline with its explanation (the calculator and {@code GET /api/v1/deadlines}). */
    public DeadlineCalculation calculate(long organisationId, DeadlineKind kind, Instant from) {
        WorkingTime time = of(organisationId);
        Instant due = due(organisationId, kind, from);
        boolean confirmed = true;
        ZoneId zone = time.zone();
        for (int y = LocalDate.ofInstant(from, zone).getYear(); y <= LocalDate.ofInstant(due, zone).getYear(); y++) {
            confirmed &= time.calendar().isConfirmed(y);
        }
        return new DeadlineCalculation(kind, from, due, time.workingMinutesBetween(from, due), zone,
                time.daysOffBetween(from, due), confirmed);
    }

    /**
     * The organisation a caller without login means: the given one, or else the installation's own,
     * the first real one (created on the first start, which the public calculator serves). A second
     * organisation in the installation must be named, and a loaded demo data set (issue 10) is
     * reached only by its id; neither changes what an unnamed call answers.
     */
    public long organisationFor(Long requested) {
        if (requested != null) {
            if (em.find(Organisation.class, requested) == null) {
                throw RequestRefused.ofParameter("org", "error.organisation.unknown", requested);
            }
            return requested;
        }
        List<Organisation> first = em.createNamedQuery(Organisation.REAL, Organisation.class).setMaxResults(1)
                .getResultList();
        if (first.isEmpty()) {
            throw RequestRefused.ofParameter("org", "error.organisation.required");
        }
        return first.get(0).getId();
    }

    /** Drops the cached engine of an organisation whose working time changed. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkingTimeChanged change) {
        engines.remove(change.organisationId());
    }

    private WorkingTime build(long organisationId) {
        Organisation org = em.find(Organisation.class, organisationId);
        if (org == null) {
            throw RequestRefused.ofParameter("org", "error.organisation.unknown", organisationId);
        }
        Map<Integer, Map<LocalDate, CalendarDay>> days = new HashMap<>();
        for (CalendarEntry e : em.createNamedQuery(CalendarEntry.OF_ORGANISATION, CalendarEntry.class)
                .setParameter("org", organisationId).getResultList()) {
            days.computeIfAbsent(e.getDate().getYear(), y -> new HashMap<>())
                    .put(e.getDate(), new CalendarDay(e.getDate(), e.getKind(), e.getHoliday(), e.getMovedFrom()));
        }
        Map<Integer, CalendarYear> years = new HashMap<>();
        for (CalendarSource s : em.createNamedQuery(CalendarSource.OF_ORGANISATION, CalendarSource.class)
                .setParameter("org", organisationId).getResultList()) {
            years.put(s.getYear(), new CalendarYear(s.getYear(), days.getOrDefault(s.getYear(), Map.of()),
                    s.isConfirmed(), s.getDescription()));
        }
        return new WorkingTime(new ProductionCalendar(years), schedule(organisationId, org.getZone()));
    }

    WorkSchedule schedule(long organisationId, ZoneId zone) {
        List<ScheduleDay> rows = em.createNamedQuery(ScheduleDay.OF_ORGANISATION, ScheduleDay.class)
                .setParameter("org", organisationId).getResultList();
        if (rows.isEmpty()) {
            return WorkSchedule.standard(zone);
        }
        Map<DayOfWeek, WorkSchedule.DayHours> week = new EnumMap<>(DayOfWeek.class);
        for (ScheduleDay d : rows) {
            week.put(d.getDay(), new WorkSchedule.DayHours(d.getStart(), d.getEnd(), d.getLunchStart(),
                    d.getLunchEnd()));
        }
        return new WorkSchedule(week, zone);
    }

    private DeadlinePolicy policyFromDatabase(long organisationId) {
        DeadlineTerms t = em.find(DeadlineTerms.class, organisationId);
        return t == null ? DeadlinePolicy.DECREE : new DeadlinePolicy(t.getIncidentMinutes(),
                t.getHighImportanceMinutes(), t.getPublicationMinutes(), t.getFinalAnswerDays());
    }

    private record Cached(WorkingTime engine, DeadlinePolicy policy, Instant builtAt) {
    }
}
