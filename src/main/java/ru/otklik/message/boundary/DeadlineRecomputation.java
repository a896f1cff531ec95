package ru.otklik.message.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.message.entity.EventType;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageEvent;
import ru.otklik.worktime.boundary.WorkingTimes;
import ru.otklik.worktime.entity.WorkingTimeChanged;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * When an organisation's calendar, schedule or terms change (after that change commits), the
 * deadlines of its open messages are computed again; each message that moves gets a line in its
 * timeline. Closed messages keep the deadline they were answered against.
 */
@Stateless
@PermitAll
public class DeadlineRecomputation {

    private static final Logger LOG = Logger.getLogger(DeadlineRecomputation.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingTimes workingTimes;

    @Inject
    Clock clock;

    @Inject
    Alarms alarms;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recompute(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkingTimeChanged change) {
        long org = change.organisationId();
        workingTimes.changed(change); // this observer may run before the cache's own: drop it first
        int moved = 0;
        Instant now = clock.instant();
        for (Message m : em.createNamedQuery(Message.OPEN_OF_ORGANISATION, Message.class).setParameter("org", org)
                .getResultList()) {
            Instant before = m.currentDueAt();
            if (m.getInterimAnsweredAt() == null) {
                m.setDueAt(workingTimes.due(org, DeadlineKinds.of(m.getKind()), m.getDetectedAt()));
            } else {
                m.setFinalDueAt(workingTimes.finalDue(org, m.getInterimAnsweredAt()));
            }
            alarms.arm(m); // the warning moves with the working time even when the deadline stays
            if (!Objects.equals(before, m.currentDueAt())) {
                moved++;
                em.persist(new MessageEvent(m.getId(), now, "system", EventType.DEADLINE_RECOMPUTED,
                        before + " -> " + m.currentDueAt() + " (" + change.what() + ")"));
            }
        }
        int count = moved;
        LOG.info(() -> "Working time of organisation " + org + " changed (" + change.what() + "): " + count
                + " open deadlines moved");
    }
}
