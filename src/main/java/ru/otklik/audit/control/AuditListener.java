package ru.otklik.audit.control;

import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import ru.otklik.audit.entity.AuditEntry;
import ru.otklik.audit.entity.AuditSecret;
import ru.otklik.audit.entity.Auditable;
import ru.otklik.audit.entity.FieldChange;

import java.io.Serial;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns Hibernate's post-insert/update/delete and collection-update events of {@link Auditable}
 * entities into audit lines. A new record's collections are part of its "created" line; later
 * changes inside a collection get their own line. (Entities change their collections in place;
 * a collection replaced by a new object would not be seen.) The lines are written just before the transaction completes, on
 * its own connection, after Hibernate has flushed: the change and its trace share one commit.
 */
public class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int MAX_VALUE = 500;
    private static final Map<Class<?>, Set<String>> SECRETS = new ConcurrentHashMap<>();
    /** The lines of each open session's transaction, written together before it commits. */
    private static final Map<Object, List<AuditRecord>> PENDING = new ConcurrentHashMap<>();

    private final transient Clock clock;

    public AuditListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Auditable auditable && auditable.auditsCreation()) {
            List<FieldChange> changes = changes(event.getPersister(), auditable, null, event.getState(), null);
            write(event.getSession(), auditable, AuditEntry.CREATED, String.valueOf(event.getId()), changes);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof Auditable auditable) {
            List<FieldChange> changes = changes(event.getPersister(), auditable, event.getOldState(), event.getState(),
                    event.getDirtyProperties());
            if (!changes.isEmpty()) {
                write(event.getSession(), auditable, AuditEntry.UPDATED, String.valueOf(event.getId()), changes);
            }
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof Auditable auditable) {
            List<FieldChange> changes = changes(event.getPersister(), auditable, event.getDeletedState(), null, null);
            write(event.getSession(), auditable, AuditEntry.DELETED, String.valueOf(event.getId()), changes);
        }
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collectionChanged(event);
    }

    private void collectionChanged(AbstractCollectionEvent event) {
        if (!(event.getAffectedOwnerOrNull() instanceof Auditable owner)) {
            return;
        }
        PersistentCollection<?> collection = event.getCollection();
        String role = collection.getRole();
        if (role == null) {
            CollectionEntry entry = event.getSession().getPersistenceContextInternal().getCollectionEntry(collection);
            role = entry == null ? null : entry.getRole();
        }
        String field = role == null ? "?" : role.substring(role.lastIndexOf('.') + 1);
        Object snapshot = collection.getStoredSnapshot();
        String before = snapshot instanceof Map<?, ?> map ? text(map.keySet())
                : snapshot instanceof Collection<?> c ? text(c) : null;
        String after = collection instanceof Collection<?> c ? text(c) : null;
        if (Objects.equals(before, after) || (before == null && "".equals(after))) {
            return;
        }
        write(event.getSession(), owner, AuditEntry.UPDATED, String.valueOf(event.getAffectedOwnerIdOrNull()),
                List.of(new FieldChange(field, before, after)));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private List<FieldChange> changes(EntityPersister persister, Object entity, Object[] oldState, Object[] newState,
                                      int[] dirty) {
        String[] names = persister.getPropertyNames();
        Set<String> secrets = secretFields(entity.getClass());
        int versionIndex = persister.isVersioned() ? persister.getVersionProperty() : -1;
        List<FieldChange> result = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (i == versionIndex || (dirty != null && !contains(dirty, i))) {
                continue;
            }
            Object before = oldState == null ? null : oldState[i];
            Object after = newState == null ? null : newState[i];
            if (dirty != null && (before instanceof Collection<?> || after instanceof Collection<?>)) {
                continue; // changes inside a collection have their own event (onPostUpdateCollection)
            }
            String oldText = text(before);
            String newText = text(after);
            if (Objects.equals(oldText, newText)) {
                continue;
            }
            if (secrets.contains(names[i])) {
                result.add(new FieldChange(names[i], oldText == null ? null : FieldChange.MASK,
                        newText == null ? null : FieldChange.MASK));
            } else {
                result.add(new FieldChange(names[i], oldText, newText));
            }
        }
        return result;
    }

    private void write(SharedSessionContractImplementor session, Auditable entity, String action, String id,
                       List<FieldChange> changes) {
        AuditRecord record = new AuditRecord(entity.auditOrganisationId(), Instant.now(clock), Actor.current(),
                action, entity.getClass().getSimpleName(), id, entity.auditLabel(), changes);
        if (session instanceof EventSource eventSource) {
            List<AuditRecord> pending = PENDING.get(session);
            if (pending == null) {
                List<AuditRecord> lines = new ArrayList<>();
                PENDING.put(session, lines);
                // one batch of lines per transaction, written after Hibernate's flush
                BeforeTransactionCompletionProcess writeLines = s -> {
                    List<AuditRecord> all = PENDING.remove(session);
                    if (all != null && !all.isEmpty()) {
                        s.doWork(connection -> AuditWriter.insertAll(connection, all));
                    }
                };
                AfterTransactionCompletionProcess forget = (success, s) -> PENDING.remove(session);
                eventSource.getActionQueue().registerProcess(writeLines);
                eventSource.getActionQueue().registerProcess(forget);
                pending = lines;
            }
            pending.add(record);
        } else {
            session.doWork(connection -> AuditWriter.insert(connection, record)); // a stateless session
        }
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Auditable a) {
            return a.auditLabel();
        }
        if (value instanceof Collection<?> c) {
            return text(c);
        }
        String text = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        return AuditWriter.cut(text, MAX_VALUE);
    }

    private static String text(Collection<?> values) {
        TreeSet<String> sorted = new TreeSet<>();
        for (Object v : values) {
            sorted.add(text(v));
        }
        return String.join(", ", sorted);
    }

    private static boolean contains(int[] indexes, int i) {
        for (int index : indexes) {
            if (index == i) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> secretFields(Class<?> type) {
        return SECRETS.computeIfAbsent(type, t -> {
            Set<String> names = new TreeSet<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(AuditSecret.class)) {
                        names.add(f.getName());
                    }
                }
            }
            return names;
        });
    }
}
