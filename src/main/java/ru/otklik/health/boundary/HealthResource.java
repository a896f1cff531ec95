package ru.otklik.health.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.otklik.base.Jsons;
import ru.otklik.message.boundary.DeadlineSweep;
import ru.otklik.notify.entity.OutgoingMail;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /api/v1/health}, open to anyone:
 * <pre>
 * {"status":"up","database":"up","timers":"up","deadlineSweep":{"nextTimeout":"..."},
 *  "mailQueue":{"pending":0,"failed":0}}
 * </pre>
 * 200 when the database answers within two seconds and the deadline sweep's persistent timer
 * exists on this node; 503 (with the same body, saying what is down) otherwise. {@code pending}: e-mails not
 * sent yet that will be tried (again); {@code failed}: e-mails given up after every attempt.
 * Runs outside any transaction, so a dead database makes it answer, not hang in a rollback.
 */
@Stateless
@PermitAll
@Path("v1/health")
@Produces(MediaType.APPLICATION_JSON)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

    @Resource(lookup = "java:jboss/datasources/OtklikDS")
    DataSource database;

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    /** What was found: each part, for the answer. */
    record Health(boolean database, Optional<Instant> sweepNextTimeout, boolean sweepTimer, Long pendingMails,
                  Long failedMails) {

        boolean up() {
            return database && sweepTimer;
        }
    }

    @GET
    public Response health() {
        boolean databaseUp = databaseAnswers();
        Optional<Timer> sweep = sweepTimer();
        Long pending = null;
        Long failed = null;
        if (databaseUp) {
            try {
                pending = em.createQuery("SELECT COUNT(o) FROM OutgoingMail o WHERE o.sentAt IS NULL"
                        + " AND o.nextAttemptAt IS NOT NULL", Long.class).getSingleResult();
                failed = em.createQuery("SELECT COUNT(o) FROM OutgoingMail o WHERE o.sentAt IS NULL"
                        + " AND o.nextAttemptAt IS NULL", Long.class).getSingleResult();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Health: the mail queue could not be counted", e);
            }
        }
        Optional<Instant> next = sweep.flatMap(HealthResource::nextTimeout);
        return answer(new Health(databaseUp, next, sweep.isPresent(), pending, failed));
    }

    static Response answer(Health h) {
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        return Response.status(status(h)).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noCache)
                .entity(body(h)).build();
    }

    /** 200 when every part is up, else 503. */
    static int status(Health h) {
        return h.up() ? 200 : 503;
    }

    static JsonObject body(Health h) {
        JsonObjectBuilder sweep = Jsons.object();
        h.sweepNextTimeout().ifPresent(t -> sweep.add("nextTimeout", t.toString()));
        JsonObjectBuilder mail = Jsons.object();
        if (h.pendingMails() != null) {
            mail.add("pending", h.pendingMails());
        } else {
            mail.add("pending", "unknown");
        }
        if (h.failedMails() != null) {
            mail.add("failed", h.failedMails());
        } else {
            mail.add("failed", "unknown");
        }
        return Jsons.object()
                .add("status", h.up() ? "up" : "down")
                .add("database", h.database() ? "up" : "down")
                .add("timers", h.sweepTimer() ? "up" : "down")
                .add("deadlineSweep", sweep)
                .add("mailQueue", mail)
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection c = database.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Health: the database does not answer: " + e);
            return false;
        }
    }

    /** The deadline sweep's timer among the module's timers (EJB 3.2 getAllTimers). */
    private Optional<Timer> sweepTimer() {
        try {
            return timers.getAllTimers().stream().filter(t -> DeadlineSweep.TIMER_INFO.equals(info(t))).findFirst();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Health: the timers could not be listed: " + e);
            return Optional.empty();
        }
    }

    private static Object info(Timer t) {
        try {
            return t.getInfo();
        } catch (RuntimeException gone) {
            return null;
        }
    }

    private static Optional<Instant> nextTimeout(Timer t) {
        try {
            return Optional.of(t.getNextTimeout().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
