package ru.otklik.message.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import ru.otklik.message.entity.DeadlineAlarm;
import ru.otklik.message.entity.EventType;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageChanged;
import ru.otklik.message.entity.MessageEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes deadlines act by themselves (R1.6-R1.9): one persistent EJB timer every 15 seconds
 * sweeps the messages whose next alarm ({@code message.alarm_at}, indexed) has come, and for each
 * gives the warning or the overdue notice exactly once: the row is locked, the alarm advanced and
 * the timeline line, the {@link DeadlineAlarm} (notifications and e-mails are written by its
 * observers) and the change all commit together, in batches of {@value #BATCH}.
 * <p>
 * Why one sweeping timer and not a timer per deadline: see the README ("Deadline timers") and
 * {@code bench/README.md}. The timer is not persistent: every node of a cluster creates its own
 * when the application starts, and their sweeps may overlap; each message's row is locked and
 * its alarm re-checked before anything is given, so an alarm is given once whichever node gets
 * the row first. (It was a persistent timer in WildFly's database timer store, which runs each
 * expiry on one node; but a node killed during a sweep leaves the store's row "in timeout" and no
 * other node runs the timer again until that node comes back: bench/two-nodes.sh, issue 9.) A
 * message's alarm is its own row, so nothing pending is lost while the server is down: the first
 * sweep after the start gives what fell due meanwhile.
 * <p>
 * {@code @PermitAll}: the sweep acts only on what is due and returns a count; it reads nothing
 * for the caller. Tests call {@link #sweep()} directly.
 */
@Stateless
@PermitAll
public class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());
    /** The timer's info, by which the health check finds it among the module's timers. */
    public static final String TIMER_INFO = "Otklik deadline sweep";
    static final int BATCH = 200;
    /** A sweep stops after this long; the next one, 15 seconds later, goes on. */
    static final Duration MAX_SWEEP = Duration.ofSeconds(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<DeadlineAlarm> alarms;

    @Inject
    Event<MessageChanged> changed;

    @Resource
    SessionContext context;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = TIMER_INFO)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onTimer() {
        sweep();
    }

    /** Gives every warning and overdue notice that is due now; returns how many were given. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep() {
        Instant now = clock.instant();
        long started = System.nanoTime();
        DeadlineSweep self = context.getBusinessObject(DeadlineSweep.class);
        int given = 0;
        while (true) {
            List<Long> due = self.due(now);
            if (due.isEmpty()) {
                break;
            }
            int batch;
            try {
                batch = self.give(due, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Deadline sweep stopped at a batch of " + due.size() + " alarms", e);
                break;
            }
            given += batch;
            if (due.size() < BATCH || batch == 0 || Duration.ofNanos(System.nanoTime() - started).compareTo(MAX_SWEEP) > 0) {
                break;
            }
        }
        long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (given > 0) {
            int total = given;
            LOG.info(() -> "Deadline sweep: " + total + " alarms given in " + ms + " ms");
        }
        return given;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Instant now) {
        return em.createNamedQuery(Message.ALARMS_DUE, Long.class).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
    }

    /** One batch in one transaction: each message locked, re-checked, its alarm given and advanced. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int give(List<Long> ids, Instant now) {
        int given = 0;
        for (Long id : ids) {
            Message m = em.find(Message.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (m == null || m.getAlarmAt() == null || m.getAlarmAt().isAfter(now)) {
                continue; // answered or moved meanwhile, or given by another node
            }
            DeadlineAlarm.Stage stage;
            if (now.isAfter(m.currentDueAt())) {
                stage = DeadlineAlarm.Stage.OVERDUE; // (a warning not given by then is not given any more)
                m.overdueNoticed();
            } else if (m.getAlarmAt().isBefore(m.currentDueAt())) {
                stage = DeadlineAlarm.Stage.WARNING;
                m.warned();
            } else {
                continue; // the deadline instant itself is still in time; overdue from the next sweep on
            }
            boolean finalAnswer = m.getInterimAnsweredAt() != null;
            em.persist(new MessageEvent(m.getId(), now, "system", stage == DeadlineAlarm.Stage.WARNING
                    ? EventType.DEADLINE_WARNING : EventType.DEADLINE_OVERDUE,
                    (finalAnswer ? "final answer due " : "answer due ") + m.currentDueAt()));
            alarms.fire(new DeadlineAlarm(m.getOrganisationId(), m.getId(), m.getKind(), stage, finalAnswer,
                    m.currentDueAt(), m.getExecutor() == null ? null : m.getExecutor().getId(), m.excerpt()));
            changed.fire(new MessageChanged(m.getOrganisationId(), m.getId(), m.getKind(), m.getKind(), m.getStatus(),
                    stage == DeadlineAlarm.Stage.WARNING ? EventType.DEADLINE_WARNING : EventType.DEADLINE_OVERDUE));
            given++;
        }
        return given;
    }
}
