package ru.otklik.worktime.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.otklik.audit.entity.Auditable;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The working hours of one weekday of an organisation (a weekday without a row is not worked). */
@Entity
@Table(name = "schedule_day")
@NamedQuery(name = ScheduleDay.OF_ORGANISATION, query = "SELECT d FROM ScheduleDay d WHERE d.organisationId = :org"
        + " ORDER BY d.weekday")
public class ScheduleDay implements Auditable {

    public static final String OF_ORGANISATION = "ScheduleDay.ofOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "schedule_day_seq")
    @SequenceGenerator(name = "schedule_day_seq", sequenceName = "schedule_day_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    /** 1 = Monday ... 7 = Sunday. */
    @Column(nullable = false, updatable = false)
    private int weekday;

    @Column(name = "starts_at", nullable = false)
    private LocalTime start;

    @Column(name = "ends_at", nullable = false)
    private LocalTime end;

    @Column(name = "lunch_starts_at")
    private LocalTime lunchStart;

    @Column(name = "lunch_ends_at")
    private LocalTime lunchEnd;

    @Version
    private long version;

    protected ScheduleDay() {
    }

    public ScheduleDay(long organisationId, DayOfWeek day) {
        this.organisationId = organisationId;
        this.weekday = day.getValue();
    }

    public void hours(LocalTime start, LocalTime end, LocalTime lunchStart, LocalTime lunchEnd) {
        this.start = start;
        this.end = end;
        this.lunchStart = lunchStart;
        this.lunchEnd = lunchEnd;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(weekday);
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public LocalTime getLunchStart() {
        return lunchStart;
    }

    public LocalTime getLunchEnd() {
        return lunchEnd;
    }

    @Override
    public Long auditOrganisationId() {
        return organisationId;
    }

    @Override
    public String auditLabel() {
        return DayOfWeek.of(weekday).name();
    }
}
