package ru.otklik.message.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.control.ExternalIds;
import ru.otklik.message.control.MessageRows;
import ru.otklik.message.control.UrlKeys;
import ru.otklik.message.entity.EventType;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageChanged;
import ru.otklik.message.entity.MessageEvent;
import ru.otklik.message.entity.Network;
import ru.otklik.message.entity.Topic;
import ru.otklik.worktime.boundary.OrganisationTime;
import ru.otklik.worktime.boundary.WorkingTimes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers a message the same way whoever brings it (the form, the REST API, an import): checks
 * what the annotations cannot (network and topic exist and are offered, links are web links,
 * the text fits 64 KB, the detection time is plausible), answers a repeated (source, external id)
 * with the known message, computes the deadline in working time (R1.6, R1.7) and writes the first
 * step of the timeline. Runs inside the caller's transaction; the callers are the boundaries
 * {@link Messages} and {@link MessageIntake}, which decide who may register.
 */
@Dependent
public class MessageRegistrar {

    /** A detection time this far ahead of the server's clock is a mistake, not a clock skew. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    static final Instant OLDEST = Instant.parse("2015-01-01T00:00:00Z");

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingTimes workingTimes;

    @Inject
    Clock clock;

    @Inject
    Alarms alarms;

    @Inject
    Event<MessageChanged> changed;

    public Registration register(long organisationId, NewMessage in, String actor) {
        return register(organisationId, in, actor, null);
    }

    /**
     * What a batch looks up once instead of once per message: the organisation's networks and
     * topics by code, the messages already registered under the batch's external ids, the
     * organisation's working time; and the batch's new messages, written together at its end
     * ({@link #storePending}).
     */
    public record Lookups(Map<String, Network> networks, Map<String, Topic> topics, Map<String, Message> known,
                          OrganisationTime time, List<MessageRows.NewRow> pending) {

        /** Compared as the database's unique key compares them (see {@link ExternalIds}). */
        static String key(String source, String externalId) {
            return ExternalIds.key(source, externalId);
        }
    }

    public Lookups lookups(long organisationId, List<NewMessage> batch) {
        Map<String, Network> networks = new HashMap<>();
        em.createQuery("SELECT n FROM Network n WHERE n.organisationId = :org", Network.class)
                .setParameter("org", organisationId).setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(n -> networks.put(n.getCode(), n));
        Map<String, Topic> topics = new HashMap<>();
        em.createQuery("SELECT t FROM Topic t WHERE t.organisationId = :org", Topic.class)
                .setParameter("org", organisationId).setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(t -> topics.put(t.getCode(), t));
        List<NewMessage> identified = batch.stream()
                .filter(m -> m != null && m.getExternalId() != null && !m.getExternalId().isBlank()).toList();
        List<String> ids = identified.stream().map(m -> m.getExternalId().strip()).distinct().toList();
        List<String> sources = identified.stream().map(m -> sourceOf(m)).distinct().toList();
        Map<String, Message> known = new HashMap<>();
        if (!ids.isEmpty()) {
            // by source too: the unique key is (organisation, source, external id), and without the
            // source the lookup read every message of the organisation (a million rows: bench/messages.sh)
            em.createQuery("SELECT m FROM Message m WHERE m.organisationId = :org AND m.source IN :sources"
                            + " AND m.externalId IN :ids", Message.class)
                    .setParameter("org", organisationId).setParameter("sources", padded(sources))
                    .setParameter("ids", padded(ids))
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList().forEach(m -> known.put(Lookups.key(m.getSource(), m.getExternalId()), m));
        }
        return new Lookups(networks, topics, known, workingTimes.time(organisationId), new ArrayList<>());
    }

    /**
     * The values of an IN list, repeated up to a few fixed lengths (16, 128, 1,024, then multiples
     * of 1,024). Hibernate keeps the SQL of a query for the length of its last IN list only, so with
     * a length per group of single requests (1 to 8 ids) it translated the query anew almost every
     * time: a quarter of a small group's time (bench/messages.sh, JFR). Repeating a value changes
     * nothing of what IN matches.
     */
    static List<String> padded(List<String> values) {
        int n = values.size();
        int length = n <= 16 ? 16 : n <= 128 ? 128 : (n + 1023) / 1024 * 1024;
        if (n == 0 || n == length) {
            return values;
        }
        List<String> padded = new ArrayList<>(length);
        padded.addAll(values);
        while (padded.size() < length) {
            padded.add(values.get(0));
        }
        return padded;
    }

    /** The source a message is registered under: as sent, or "manual" (the API fills in the token's name first). */
    static String sourceOf(NewMessage in) {
        return in.getSource() == null || in.getSource().isBlank() ? "manual" : in.getSource().strip();
    }

    public Registration register(long organisationId, NewMessage in, String actor, Lookups lookups) {
        String source = sourceOf(in);
        String externalId = in.getExternalId() == null || in.getExternalId().isBlank() ? null : in.getExternalId().strip();
        if (externalId != null) {
            Optional<Message> known = lookups != null ? Optional.ofNullable(lookups.known().get(Lookups.key(source, externalId)))
                    : known(organisationId, source, externalId);
            if (known.isPresent()) {
                return new Registration(known.get(), false);
            }
        }
        Network network = (lookups != null ? Optional.ofNullable(lookups.networks().get(in.getNetwork().strip()))
                : em.createNamedQuery(Network.BY_CODE, Network.class).setParameter("org", organisationId)
                .setParameter("code", in.getNetwork().strip()).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst())
                .orElseThrow(() -> RequestRefused.ofParameter("network", "error.network.unknown", in.getNetwork()));
        if (!network.isOffered()) {
            throw RequestRefused.ofParameter("network", "error.network.restricted", network.getName());
        }
        Topic topic = null;
        if (in.getTopic() != null && !in.getTopic().isBlank()) {
            topic = (lookups != null ? Optional.ofNullable(lookups.topics().get(in.getTopic().strip()))
                    : em.createNamedQuery(Topic.BY_CODE, Topic.class).setParameter("org", organisationId)
                    .setParameter("code", in.getTopic().strip()).setFlushMode(FlushModeType.COMMIT)
                    .getResultStream().findFirst())
                    .orElseThrow(() -> RequestRefused.ofParameter("topic", "error.topic.unknown", in.getTopic()));
        }
        if (in.getText().getBytes(StandardCharsets.UTF_8).length > Message.MAX_TEXT_BYTES) {
            throw RequestRefused.ofParameter("text", "error.text.too-long", Message.MAX_TEXT_BYTES / 1024);
        }
        if (!UrlKeys.isWebLink(in.getUrl())) {
            throw RequestRefused.ofParameter("url", "error.url.invalid");
        }
        if (!UrlKeys.isWebLink(in.getAuthorUrl())) {
            throw RequestRefused.ofParameter("authorUrl", "error.url.invalid");
        }
        Instant now = clock.instant();
        if (in.getDetectedAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw RequestRefused.ofParameter("detectedAt", "error.detected.future");
        }
        if (in.getDetectedAt().isBefore(OLDEST)) {
            throw RequestRefused.ofParameter("detectedAt", "error.detected.too-old");
        }

        Message m = new Message(organisationId, in.getKind(), network, in.getText(), in.getDetectedAt(), now, source,
                externalId);
        m.setTopic(topic);
        m.setUrl(blankToNull(in.getUrl()), UrlKeys.key(in.getUrl()));
        m.setAuthorName(blankToNull(in.getAuthorName()));
        m.setAuthorUrl(blankToNull(in.getAuthorUrl()));
        OrganisationTime time = lookups != null ? lookups.time() : workingTimes.time(organisationId);
        m.setDueAt(time.due(DeadlineKinds.of(in.getKind()), in.getDetectedAt()));
        alarms.arm(m, time);
        String details = source + (externalId == null ? "" : " #" + externalId);
        if (lookups != null) {
            lookups.pending().add(new MessageRows.NewRow(m, now, actor, EventType.REGISTERED, details));
            return new Registration(m, true);
        }
        em.persist(m);
        em.persist(new MessageEvent(m.getId(), now, actor, EventType.REGISTERED, details));
        registered(m);
        return new Registration(m, true);
    }

    /**
     * Writes the batch's new messages and their first timeline steps (two JDBC batches, see
     * {@link MessageRows}), then tells the rest of the application of each, as a single
     * registration does.
     */
    public void storePending(Lookups lookups) {
        MessageRows.insert(em, lookups.pending());
        lookups.pending().forEach(row -> registered(row.message()));
        lookups.pending().clear();
    }

    private void registered(Message m) {
        changed.fire(new MessageChanged(m.getOrganisationId(), m.getId(), m.getKind(), null, m.getStatus(),
                EventType.REGISTERED));
    }

    public Optional<Message> known(long organisationId, String source, String externalId) {
        // no flush first: lookups must not push every pending insert of a batch to the database one by one
        // (a batch remembers its own new messages, MessageIntake.registerBatch)
        return em.createNamedQuery(Message.BY_EXTERNAL_ID, Message.class).setParameter("org", organisationId)
                .setParameter("source", source).setParameter("externalId", externalId)
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
