package ru.otklik.notify.boundary;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.message.boundary.Messages;
import ru.otklik.message.boundary.NewMessage;
import ru.otklik.message.entity.EventType;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.security.boundary.Staff;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.TestClock;
import ru.otklik.testing.Unique;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deadline alarm pending while the server restarts still fires, once, by the sweep's timer
 * itself: a message is registered, the server is reloaded (WildFly's management operation, from
 * the test client), and after the restart the clock is moved past the warning instant without
 * calling the sweep: the timer created again at the start gives the warning (the alarm is the
 * message's row), and a later sweep does not give it again.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadlineRestartIT {

    static final Instant MONDAY_8 = Instant.parse("2026-12-07T05:00:00Z");
    static final Instant WARN = Instant.parse("2026-12-07T08:30:00Z");
    /** Where the phases before and after the restart meet (the server's memory does not survive it). */
    static final Path STATE = Path.of(System.getenv().getOrDefault("OTKLIK_IT_DIR", "target/it"), "restart-it.txt");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(DeadlineRestartIT.class, TestClock.class, TestClock.Stoppable.class);
    }

    @EJB
    Messages messages;

    @EJB
    Staff staff;

    @ArquillianResource
    ManagementClient management;

    @AfterEach
    void release() {
        TestClock.release();
    }

    @Test
    @Order(1)
    void beforeTheRestartAMessageWithAPendingWarningIsRegistered() throws Exception {
        Team team = Team.create(staff);
        TestClock.stopAt(MONDAY_8);
        NewMessage in = new NewMessage();
        in.setKind(MessageKind.HIGH_IMPORTANCE);
        in.setNetwork("vk");
        in.setText("Перед перезапуском " + Unique.login("r"));
        in.setDetectedAt(MONDAY_8);
        Message m = team.operator().call(() -> messages.register(in).message());
        assertThat(m.getWarnAt()).isEqualTo(WARN);
        Files.createDirectories(STATE.getParent());
        Files.writeString(STATE, m.getId() + " " + team.curator().login() + " " + team.curator().password());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerRestarts() throws Exception {
        ModelNode reload = new ModelNode();
        reload.get("operation").set("reload");
        ModelNode result = management.getControllerClient().execute(reload);
        assertThat(result.get("outcome").asString()).isEqualTo("success");
        Thread.sleep(2000);
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                ModelNode state = new ModelNode();
                state.get("operation").set("read-attribute");
                state.get("name").set("server-state");
                if ("running".equals(management.getControllerClient().execute(state).get("result").asString())) {
                    break;
                }
            } catch (Exception restarting) {
                // the management interface is down while the server reloads
            }
            assertThat(System.nanoTime()).as("server back within 120 s").isLessThan(until);
            Thread.sleep(500);
        }
    }

    @Test
    @Order(3)
    void afterTheRestartThePersistentTimerGivesThePendingWarningOnce() throws Exception {
        String[] state = Files.readString(STATE).split(" ");
        long id = Long.parseLong(state[0]);
        Team.Member curator = new Team.Member(state[1], state[2], 0);
        assertThat(warnings(curator, id)).isZero();
        TestClock.stopAt(WARN.plusSeconds(1)); // no sweep called: the timer must do it (every 15 s)
        long given = waitFor(() -> warnings(curator, id) > 0 ? warnings(curator, id) : null, Duration.ofSeconds(40));
        assertThat(given).isEqualTo(1);
        Thread.sleep(16_000); // one more period of the timer
        assertThat(warnings(curator, id)).isEqualTo(1);
    }

    private long warnings(Team.Member curator, long id) throws Exception {
        return curator.call(() -> messages.details(id)).timeline().stream()
                .filter(e -> e.getType() == EventType.DEADLINE_WARNING).count();
    }

    private static <T> T waitFor(Callable<T> probe, Duration wait) throws Exception {
        long until = System.nanoTime() + wait.toNanos();
        T value;
        while ((value = probe.call()) == null) {
            assertThat(System.nanoTime()).as("within " + wait).isLessThan(until);
            Thread.sleep(500);
        }
        return value;
    }
}
