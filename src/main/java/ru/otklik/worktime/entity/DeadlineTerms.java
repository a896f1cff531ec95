package ru.otklik.worktime.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.otklik.audit.entity.Auditable;

/** An organisation's answer terms (defaults: the decree's R1.6 8 h, R1.7 4 h, R1.9 7 working days). */
@Entity
@Table(name = "deadline_terms")
public class DeadlineTerms implements Auditable {

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "incident_minutes", nullable = false)
    private int incidentMinutes;

    @Column(name = "high_importance_minutes", nullable = false)
    private int highImportanceMinutes;

    @Column(name = "publication_minutes", nullable = false)
    private int publicationMinutes;

    @Column(name = "final_answer_days", nullable = false)
    private int finalAnswerDays;

    @Version
    private long version;

    protected DeadlineTerms() {
    }

    public DeadlineTerms(long organisationId, int incident, int highImportance, int publication, int finalDays) {
        this.organisationId = organisationId;
        set(incident, highImportance, publication, finalDays);
    }

    public final void set(int incident, int highImportance, int publication, int finalDays) {
        this.incidentMinutes = incident;
        this.highImportanceMinutes = highImportance;
        this.publicationMinutes = publication;
        this.finalAnswerDays = finalDays;
    }

    public int getIncidentMinutes() {
        return incidentMinutes;
    }

    public int getHighImportanceMinutes() {
        return highImportanceMinutes;
    }

    public int getPublicationMinutes() {
        return publicationMinutes;
    }

    public int getFinalAnswerDays() {
        return finalAnswerDays;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Long auditOrganisationId() {
        return organisationId;
    }

    @Override
    public String auditLabel() {
        return "deadline terms";
    }
}
