package ru.otklik.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import ru.otklik.org.entity.Organisation;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deletes every row of the demo organisation, table by table in dependency order, in the caller's
 * transaction (one transaction: all or nothing). Plain SQL, so nothing is loaded into memory and
 * no audit line is written about rows that are themselves going. Callers: {@link DemoData} and
 * {@link DemoStartup}, which decide who may.
 */
@Dependent
public class DemoRemoval {

    /**
     * The tables of the schema in the order their demo rows are deleted (children first), each with
     * the condition that selects the demo organisation's rows ({@code ?1} is its id). A table of
     * the schema that is not listed here but has an {@code organisation_id} column is emptied of
     * the demo's rows first, so a table added later is covered as long as it names its organisation.
     */
    static final Map<String, String> REMOVAL = removal();

    @PersistenceContext
    EntityManager em;

    /** Deletes the demo organisation's rows, table by table; returns how many of each. */
    public Map<String, Integer> delete(long id) {
        // hold the organisation and its messages first: the deadline sweep and the digest then wait for this
        // transaction and find nothing afterwards, instead of adding a notice between two deletes
        em.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.flush();
        em.createNativeQuery("UPDATE message SET alarm_at = NULL WHERE organisation_id = ?1").setParameter(1, id)
                .executeUpdate();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (String table : otherTablesWithOrganisation()) {
            deleted.put(table, em.createNativeQuery("DELETE FROM " + table + " WHERE organisation_id = ?1")
                    .setParameter(1, id).executeUpdate());
        }
        for (Map.Entry<String, String> e : REMOVAL.entrySet()) {
            deleted.put(e.getKey(), em.createNativeQuery("DELETE FROM " + e.getKey() + " WHERE " + e.getValue())
                    .setParameter(1, id).executeUpdate());
        }
        em.clear();
        return deleted;
    }

    /** Tables of the schema with an {@code organisation_id} column that {@link #REMOVAL} does not name. */
    private Set<String> otherTablesWithOrganisation() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<String> tables = new TreeSet<>();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), null, null, null)) {
                while (columns.next()) {
                    String column = columns.getString("COLUMN_NAME");
                    String schema = columns.getString("TABLE_SCHEM");
                    if ("organisation_id".equalsIgnoreCase(column)
                            && (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA"))) {
                        tables.add(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            tables.removeAll(REMOVAL.keySet());
            return tables;
        });
    }

    private static Map<String, String> removal() {
        String staff = "(SELECT id FROM staff_user WHERE organisation_id = ?1)";
        String messages = "(SELECT id FROM message WHERE organisation_id = ?1)";
        String accounts = "(SELECT id FROM official_account WHERE organisation_id = ?1)";
        String posts = "(SELECT id FROM post WHERE organisation_id = ?1)";
        Map<String, String> m = new LinkedHashMap<>();
        m.put("notification", "organisation_id = ?1 OR recipient_id IN " + staff);
        m.put("mail_outbox", "organisation_id = ?1 OR recipient_id IN " + staff);
        m.put("notification_settings", "staff_user_id IN " + staff);
        m.put("digest_sent", "organisation_id = ?1");
        m.put("content_warning", "organisation_id = ?1 OR account_id IN " + accounts);
        m.put("post_media", "organisation_id = ?1 OR post_id IN " + posts);
        m.put("post_account", "post_id IN " + posts + " OR account_id IN " + accounts);
        m.put("post", "organisation_id = ?1");
        m.put("blacklisting", "organisation_id = ?1");
        m.put("account_comment", "organisation_id = ?1");
        m.put("account_credential", "organisation_id = ?1 OR account_id IN " + accounts);
        m.put("official_account_staff", "account_id IN " + accounts + " OR staff_id IN " + staff);
        m.put("official_account", "organisation_id = ?1");
        m.put("policy_document", "organisation_id = ?1");
        m.put("answer", "message_id IN " + messages);
        m.put("answer_draft", "message_id IN " + messages);
        m.put("message_event", "message_id IN " + messages);
        m.put("message", "organisation_id = ?1");
        m.put("api_token", "organisation_id = ?1");
        m.put("topic", "organisation_id = ?1");
        m.put("network", "organisation_id = ?1");
        m.put("deadline_terms", "organisation_id = ?1");
        m.put("schedule_day", "organisation_id = ?1");
        m.put("calendar_entry", "organisation_id = ?1");
        m.put("calendar_source", "organisation_id = ?1");
        m.put("staff_user_role", "user_id IN " + staff);
        m.put("audit_entry", "organisation_id = ?1");
        m.put("staff_user", "organisation_id = ?1");
        m.put("organisation", "id = ?1");
        return m;
    }
}
