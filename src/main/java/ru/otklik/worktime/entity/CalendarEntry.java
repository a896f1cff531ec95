package ru.otklik.worktime.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One date of an organisation's production calendar that differs from the ordinary five-day
 * week. Changes are audited as one line per import or edit (with the dates changed), not per row.
 */
@Entity
@Table(name = "calendar_entry")
@NamedQuery(name = CalendarEntry.OF_ORGANISATION, query = "SELECT e FROM CalendarEntry e"
        + " WHERE e.organisationId = :org ORDER BY e.date")
@NamedQuery(name = CalendarEntry.DELETE_YEAR, query = "DELETE FROM CalendarEntry e WHERE e.organisationId = :org"
        + " AND e.date >= :from AND e.date <= :to")
@NamedQuery(name = CalendarEntry.OF_DATE, query = "SELECT e FROM CalendarEntry e WHERE e.organisationId = :org"
        + " AND e.date = :date")
public class CalendarEntry {

    public static final String OF_ORGANISATION = "CalendarEntry.ofOrganisation";
    public static final String DELETE_YEAR = "CalendarEntry.deleteYear";
    public static final String OF_DATE = "CalendarEntry.ofDate";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_entry_seq")
    @SequenceGenerator(name = "calendar_entry_seq", sequenceName = "calendar_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "calendar_date", nullable = false, updatable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    private String holiday;

    @Column(name = "moved_from")
    private LocalDate movedFrom;

    protected CalendarEntry() {
    }

    public CalendarEntry(long organisationId, LocalDate date, DayKind kind, String holiday, LocalDate movedFrom) {
        this.organisationId = organisationId;
        this.date = date;
        this.kind = kind;
        this.holiday = holiday;
        this.movedFrom = movedFrom;
    }

    public void change(DayKind kind, String holiday) {
        this.kind = kind;
        this.holiday = holiday;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getHoliday() {
        return holiday;
    }

    public LocalDate getMovedFrom() {
        return movedFrom;
    }
}
