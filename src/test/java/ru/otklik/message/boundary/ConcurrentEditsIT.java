package ru.otklik.message.boundary;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageEvent;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.security.boundary.Staff;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.Unique;

import javax.naming.InitialContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people acting on one message at the same instant, not one after the other (that case is
 * MessagesIT's {@code twoPeopleChangingOneMessageGetAConflictNotAnOverwrite}): the operator and the
 * curator both saw version v and both classify it, released together by a barrier, twenty times.
 * Each time exactly one wins, the other is told {@link ConcurrentChange} (never a lock timeout or
 * a 500), the message holds the winner's choice and its timeline records one classification.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentEditsIT {

    private static final int ROUNDS = 20;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ConcurrentEditsIT.class);
    }

    @EJB
    Messages messages;

    @EJB
    Staff staff;

    @Test
    void twoSimultaneousEditsOneWinsTheOtherIsToldOfTheConflict() throws Exception {
        Team team = Team.create(staff);
        ExecutorService pool = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            NewMessage m = new NewMessage();
            m.setKind(MessageKind.INCIDENT);
            m.setNetwork("vk");
            m.setUrl("https://vk.com/wall-1_" + Unique.login("c"));
            m.setText("Одновременная правка " + round);
            m.setDetectedAt(Instant.now());
            Message registered = team.operator().call(() -> messages.register(m).message());
            long id = registered.getId();
            long seen = registered.getVersion();
            CyclicBarrier together = new CyclicBarrier(2);
            Future<Message> byOperator = pool.submit(() -> team.operator().call(() -> {
                together.await(10, TimeUnit.SECONDS);
                return messages.classify(id, seen, MessageKind.HIGH_IMPORTANCE, null);
            }));
            Future<Message> byCurator = pool.submit(() -> team.curator().call(() -> {
                together.await(10, TimeUnit.SECONDS);
                return messages.classify(id, seen, MessageKind.PUBLICATION, null);
            }));
            Throwable operatorFailed = failure(byOperator);
            Throwable curatorFailed = failure(byCurator);
            if ((operatorFailed == null) == (curatorFailed == null)) {
                wrong.add("round " + round + ": operator " + describe(operatorFailed) + ", curator " + describe(curatorFailed));
                continue;
            }
            Throwable loser = operatorFailed != null ? operatorFailed : curatorFailed;
            if (!(loser instanceof ConcurrentChange)) {
                wrong.add("round " + round + ": the loser got " + loser + " instead of ConcurrentChange");
            }
            MessageKind winner = operatorFailed == null ? MessageKind.HIGH_IMPORTANCE : MessageKind.PUBLICATION;
            MessageDetails after = team.curator().call(() -> messages.details(id));
            if (after.message().getKind() != winner || after.message().getVersion() != seen + 1) {
                wrong.add("round " + round + ": kind " + after.message().getKind() + " version "
                        + after.message().getVersion() + ", expected " + winner + " version " + (seen + 1));
            }
            long registrations = after.timeline().stream().map(MessageEvent::getType).filter(t -> t.name().equals("REGISTERED")).count();
            if (registrations != 1 || after.timeline().size() > expectedTimeline(team, winner)) {
                wrong.add("round " + round + ": timeline " + after.timeline().stream().map(MessageEvent::getType).toList());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Integer soloTimeline;

    /** How long the timeline of a message classified once (alone) is: the bound for the raced one. */
    private int expectedTimeline(Team team, MessageKind kind) throws Exception {
        if (soloTimeline == null) {
            NewMessage m = new NewMessage();
            m.setKind(MessageKind.INCIDENT);
            m.setNetwork("vk");
            m.setUrl("https://vk.com/wall-1_" + Unique.login("s"));
            m.setText("Правка без соперника");
            m.setDetectedAt(Instant.now());
            Message solo = team.operator().call(() -> messages.register(m).message());
            team.operator().call(() -> messages.classify(solo.getId(), solo.getVersion(), MessageKind.HIGH_IMPORTANCE, null));
            soloTimeline = team.curator().call(() -> messages.details(solo.getId())).timeline().size();
        }
        return soloTimeline;
    }

    private static Throwable failure(Future<?> f) throws InterruptedException {
        try {
            f.get(60, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            return e;
        }
    }

    private static String describe(Throwable t) {
        return t == null ? "succeeded" : "failed with " + t;
    }
}
