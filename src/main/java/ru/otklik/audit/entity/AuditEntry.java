package ru.otklik.audit.entity;

import ru.otklik.base.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One line of the audit log, as read back. Entries are only ever written, never changed. */
@Entity
@Immutable
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FOR_ENTITY,
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.id")
public class AuditEntry {

    public static final String FOR_ENTITY = "AuditEntry.forEntity";

    /** The actions of entity changes; other components add their own names. */
    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String DELETED = "DELETED";

    @Id
    private Long id;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String action;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    @Column(name = "entity_label")
    private String entityLabel;
    private String changes;

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getEntityLabel() {
        return entityLabel;
    }

    /** The changed fields, decoded from the stored JSON. */
    public List<FieldChange> getChanges() {
        return decode(changes);
    }

    public static String encode(List<FieldChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        var array = Jsons.array();
        for (FieldChange c : changes) {
            var o = Jsons.object().add("field", c.field());
            if (c.oldValue() == null) {
                o.addNull("old");
            } else {
                o.add("old", c.oldValue());
            }
            if (c.newValue() == null) {
                o.addNull("new");
            } else {
                o.add("new", c.newValue());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    public static List<FieldChange> decode(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<FieldChange> result = new ArrayList<>();
        try (var reader = Jsons.reader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonValue v : array) {
                JsonObject o = v.asJsonObject();
                result.add(new FieldChange(o.getString("field"), text(o, "old"), text(o, "new")));
            }
        }
        return result;
    }

    private static String text(JsonObject o, String key) {
        return o.isNull(key) ? null : o.getString(key);
    }
}
