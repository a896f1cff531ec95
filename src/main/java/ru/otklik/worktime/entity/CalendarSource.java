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

import java.time.Instant;

/** Where an organisation's calendar of one year came from, and whether it is confirmed by a decree. */
@Entity
@Table(name = "calendar_source")
@NamedQuery(name = CalendarSource.OF_ORGANISATION, query = "SELECT s FROM CalendarSource s"
        + " WHERE s.organisationId = :org ORDER BY s.year")
@NamedQuery(name = CalendarSource.OF_YEAR, query = "SELECT s FROM CalendarSource s"
        + " WHERE s.organisationId = :org AND s.year = :year")
public class CalendarSource {

    public static final String OF_ORGANISATION = "CalendarSource.ofOrganisation";
    public static final String OF_YEAR = "CalendarSource.ofYear";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_source_seq")
    @SequenceGenerator(name = "calendar_source_seq", sequenceName = "calendar_source_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "year_number", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false)
    private String description;

    private boolean confirmed;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "loaded_by", nullable = false)
    private String loadedBy;

    @Version
    private long version;

    protected CalendarSource() {
    }

    public CalendarSource(long organisationId, int year, String description, boolean confirmed, Instant loadedAt,
                          String loadedBy) {
        this.organisationId = organisationId;
        this.year = year;
        this.description = description;
        this.confirmed = confirmed;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
    }

    public void reloaded(String description, boolean confirmed, Instant at, String by) {
        this.description = description.length() > 300 ? description.substring(0, 299) + "…" : description;
        this.confirmed = confirmed;
        this.loadedAt = at;
        this.loadedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public int getYear() {
        return year;
    }

    public String getDescription() {
        return description;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public String getLoadedBy() {
        return loadedBy;
    }
}
