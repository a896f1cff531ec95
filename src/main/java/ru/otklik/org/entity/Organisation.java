package ru.otklik.org.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.otklik.audit.entity.Auditable;

import java.time.Instant;
import java.time.ZoneId;

/** A settlement's administration (администрация сельского поселения). */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.ALL, query = "SELECT o FROM Organisation o ORDER BY o.id")
@NamedQuery(name = Organisation.REAL, query = "SELECT o FROM Organisation o WHERE o.demo = FALSE ORDER BY o.id")
@NamedQuery(name = Organisation.DEMO, query = "SELECT o FROM Organisation o WHERE o.demo = TRUE ORDER BY o.id")
public class Organisation implements Auditable {

    public static final String ALL = "Organisation.all";
    /** The organisations that are not the demo data set (issue 10). */
    public static final String REAL = "Organisation.real";
    /** The demo data set's organisation, if loaded (issue 10). */
    public static final String DEMO = "Organisation.demo";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @NotBlank(message = "{org.name.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String name;

    @Size(max = 200, message = "{field.too-long}")
    private String district;

    @NotNull
    @Column(name = "time_zone")
    private String timeZone;

    /** Decree item 2: the official responsible for the whole work with messages. */
    @Size(max = 200, message = "{field.too-long}")
    @Column(name = "responsible_official")
    private String responsibleOfficial;

    @Size(max = 200, message = "{field.too-long}")
    @Column(name = "head_name")
    private String headName;

    @Size(max = 200, message = "{field.too-long}")
    @Column(name = "curator_name")
    private String curatorName;

    /**
     * Decree clause 6 names the head as the one who assigns executors; a small administration may
     * let the curator assign on the head's behalf (recorded as such in the timeline).
     */
    @Column(name = "curator_may_assign", nullable = false)
    private boolean curatorMayAssign;

    /** Appendix 2 item 4 (R2.4): publications a week each official account must reach (default 5). */
    @jakarta.validation.constraints.Min(value = 1, message = "{posts-per-week.range}")
    @jakarta.validation.constraints.Max(value = 100, message = "{posts-per-week.range}")
    @Column(name = "posts_per_week", nullable = false)
    private int postsPerWeek = 5;

    /** Issue 10: the demo data set's organisation, removed as a whole by the demo component. */
    @Column(name = "demo", nullable = false, updatable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * When the first-start wizard was completed ({@code null}: not yet, the administrator sees
     * only the wizard). Set once, by the setup component's boundary; never cleared.
     */
    @Column(name = "configured_at")
    private Instant configuredAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, ZoneId zone, Instant createdAt) {
        this.name = name;
        this.timeZone = zone.getId();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public void setZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    public String getResponsibleOfficial() {
        return responsibleOfficial;
    }

    public void setResponsibleOfficial(String responsibleOfficial) {
        this.responsibleOfficial = responsibleOfficial;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getCuratorName() {
        return curatorName;
    }

    public void setCuratorName(String curatorName) {
        this.curatorName = curatorName;
    }

    public int getPostsPerWeek() {
        return postsPerWeek;
    }

    public void setPostsPerWeek(int postsPerWeek) {
        this.postsPerWeek = postsPerWeek;
    }

    public boolean isCuratorMayAssign() {
        return curatorMayAssign;
    }

    public void setCuratorMayAssign(boolean curatorMayAssign) {
        this.curatorMayAssign = curatorMayAssign;
    }

    public boolean isDemo() {
        return demo;
    }

    /** Marks a new organisation as the demo data set's (only before it is stored). */
    public void markDemo() {
        this.demo = true;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfiguredAt() {
        return configuredAt;
    }

    public boolean isConfigured() {
        return configuredAt != null;
    }

    /** The first start is complete: the wizard never runs again for this organisation. */
    public void markConfigured(Instant at) {
        if (configuredAt != null) {
            throw new IllegalStateException("The organisation " + id + " is configured already");
        }
        configuredAt = at;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Long auditOrganisationId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
