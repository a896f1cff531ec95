package ru.otklik.message.boundary;

import static ru.otklik.base.boundary.JsonBodies.english;
import static ru.otklik.base.boundary.JsonBodies.read;
import static ru.otklik.base.boundary.JsonBodies.string;
import static ru.otklik.base.boundary.JsonBodies.stringOrNumber;
import static ru.otklik.base.boundary.JsonBodies.unauthenticated;
import ru.otklik.base.Jsons;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import ru.otklik.base.Roles;
import ru.otklik.base.boundary.ApiError;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.control.MessageQuery;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageKind;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The intake API for monitoring software ({@code Authorization: Bearer otk_...}):
 * <ul>
 *   <li>{@code POST /api/v1/messages}: one message; 201 with id, status and {@code dueAt}, or 200
 *   with the known message when its (source, externalId) was sent before;</li>
 *   <li>{@code POST /api/v1/messages/batch}: up to 1,000 messages, a result per item;</li>
 *   <li>{@code GET /api/v1/messages/{id}}.</li>
 * </ul>
 * The JSON is read field by field, so a wrong type, a missing field, a bad date or an oversized
 * body is answered with a 4xx naming the field, and nothing is written. The description of the
 * API is at {@code /api/v1/openapi.yaml}.
 */
@Stateless
@PermitAll
@RunAs(Roles.INTAKE)
// no transaction around a request: the token is read without one, and each registration has its own
// (MessageIntake), so a request needs one transaction and one connection, not two
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
@Path("v1/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    /** A single message's JSON: its text may be 64 KB, so 1 MB leaves room for everything else. */
    static final int MAX_SINGLE_BYTES = 1024 * 1024;
    /** A batch of 1,000 messages of ordinary size; bigger batches should be split. */
    static final int MAX_BATCH_BYTES = 32 * 1024 * 1024;

    @Inject
    ApiTokens tokens;

    @Inject
    MessageIntake intake;

    @Inject
    SingleRequests singles;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        Optional<ApiCaller> caller = tokens.authenticate(authorization);
        if (caller.isEmpty()) {
            return unauthenticated();
        }
        JsonValue json = read(body, MAX_SINGLE_BYTES);
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw RequestRefused.ofParameter("body", "error.json.object");
        }
        NewMessage message = toMessage(json.asJsonObject(), null);
        Registration r;
        try {
            r = singles.register(caller.get(), message);
        } catch (jakarta.ejb.EJBException raced) {
            // the same (source, externalId) inserted by a concurrent request a moment earlier
            Optional<Message> known = intake.known(caller.get(), message.getSource(), message.getExternalId());
            if (known.isEmpty()) {
                throw raced;
            }
            r = new Registration(known.get(), false);
        }
        JsonObject answer = json(r.message(), r.created(), caller.get().zone());
        return r.created()
                ? Response.created(UriBuilder.fromPath("/api/v1/messages/{id}").build(r.message().getId()))
                .entity(answer).build()
                : Response.ok(answer).build();
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response batch(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        Optional<ApiCaller> caller = tokens.authenticate(authorization);
        if (caller.isEmpty()) {
            return unauthenticated();
        }
        JsonValue json = read(body, MAX_BATCH_BYTES);
        JsonArray items = json.getValueType() == JsonValue.ValueType.ARRAY ? json.asJsonArray()
                : json.getValueType() == JsonValue.ValueType.OBJECT && json.asJsonObject().get("messages") instanceof JsonArray a
                ? a : null;
        if (items == null) {
            throw RequestRefused.ofParameter("messages", "error.json.batch");
        }
        if (items.size() > MessageIntake.MAX_BATCH) {
            throw RequestRefused.ofParameter("messages", "error.batch.too-large", MessageIntake.MAX_BATCH);
        }
        List<NewMessage> messages = new ArrayList<>(items.size());
        List<MessageIntake.ItemProblem> unreadable = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            unreadable.add(null);
            JsonValue item = items.get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                messages.add(null);
                continue;
            }
            try {
                messages.add(toMessage(item.asJsonObject(), null));
            } catch (RequestRefused refused) {
                messages.add(null);
                unreadable.set(i, new MessageIntake.ItemProblem(refused.parameter(), refused.key(), refused.args()));
            }
        }
        List<MessageIntake.ItemResult> results = intake.registerBatch(caller.get(), messages);
        ZoneId zone = caller.get().zone();
        JsonArrayBuilder out = Jsons.array();
        int created = 0;
        int existing = 0;
        int invalid = 0;
        for (int i = 0; i < results.size(); i++) {
            MessageIntake.ItemResult r = results.get(i);
            JsonObjectBuilder item = Jsons.object().add("index", i);
            if (r.valid()) {
                // what the monitoring software needs to file the answer, not the message it has just sent
                // back again: the answer of 1,000 full messages cost the server more than their parsing
                Message m = r.message();
                item.add("result", r.created() ? "created" : "existing").add("id", m.getId())
                        .add("status", m.getStatus().name())
                        .add("dueAt", dueAt(m, zone));
                if (r.created()) {
                    created++;
                } else {
                    existing++;
                }
            } else {
                invalid++;
                JsonArrayBuilder errors = Jsons.array();
                List<MessageIntake.ItemProblem> problems = unreadable.get(i) != null ? List.of(unreadable.get(i))
                        : r.problems();
                for (MessageIntake.ItemProblem p : problems) {
                    JsonObjectBuilder e = Jsons.object().add("message", english(p.message(), p.args()));
                    if (p.parameter() != null) {
                        e.add("parameter", p.parameter());
                    }
                    errors.add(e);
                }
                item.add("result", "invalid").add("errors", errors);
            }
            out.add(item);
        }
        return Response.ok(Jsons.object().add("created", created).add("existing", existing)
                .add("invalid", invalid).add("items", out).build()).build();
    }

    /**
     * {@code GET /api/v1/messages?status=IN_WORK&kind=...&overdue=true&dueToday=true&q=...&sort=due,-detected
     * &offset=0&limit=50}: a page of the organisation's messages, as the grid shows them, with the total
     * (exact up to {@value MessageQuery#COUNT_CAP}; above it {@code totalExact} is false).
     */
    @GET
    public Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @jakarta.ws.rs.QueryParam("status") List<String> status,
                         @jakarta.ws.rs.QueryParam("kind") List<String> kind,
                         @jakarta.ws.rs.QueryParam("overdue") boolean overdue,
                         @jakarta.ws.rs.QueryParam("dueToday") boolean dueToday,
                         @jakarta.ws.rs.QueryParam("open") boolean open,
                         @jakarta.ws.rs.QueryParam("q") String text,
                         @jakarta.ws.rs.QueryParam("sort") String sort,
                         @jakarta.ws.rs.QueryParam("offset") @jakarta.ws.rs.DefaultValue("0") String offset,
                         @jakarta.ws.rs.QueryParam("limit") @jakarta.ws.rs.DefaultValue("50") String limit) {
        Optional<ApiCaller> caller = tokens.authenticate(authorization);
        if (caller.isEmpty()) {
            return unauthenticated();
        }
        MessageFilter filter = new MessageFilter(text, enums(status, ru.otklik.message.entity.MessageStatus.class, "status"),
                enums(kind, MessageKind.class, "kind"), null, null, null, null, null, overdue, dueToday, open);
        int from = number(offset, "offset", 0, Integer.MAX_VALUE);
        int size = number(limit, "limit", 1, 500);
        List<MessageSort> order = sort(sort);
        JsonArrayBuilder items = Jsons.array();
        ZoneId zone = caller.get().zone();
        for (Message m : intake.page(caller.get(), filter, order, from, size)) {
            items.add(json(m, false, zone));
        }
        // a broad filter over a million rows is not counted to the end: "more than 10,000" (MessageQuery.countUpTo)
        long total = intake.countUpTo(caller.get(), filter);
        return Response.ok(Jsons.object().add("total", total).add("totalExact", total <= MessageQuery.COUNT_CAP)
                .add("offset", from).add("items", items).build()).build();
    }

    private static <E extends Enum<E>> java.util.Set<E> enums(List<String> values, Class<E> type, String parameter) {
        java.util.Set<E> set = new java.util.HashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            for (String part : v.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    set.add(Enum.valueOf(type, part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw RequestRefused.ofParameter(parameter, "error.parameter.value", parameter, part.strip());
                }
            }
        }
        return set;
    }

    private static int number(String text, String parameter, int min, int max) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > max) {
                throw RequestRefused.ofParameter(parameter, "error.parameter.range", parameter, min, max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw RequestRefused.ofParameter(parameter, "error.parameter.number", parameter);
        }
    }

    /** "due,-detected": the columns to sort on, "-" for descending. */
    static List<MessageSort> sort(String sort) {
        List<MessageSort> order = new ArrayList<>();
        if (sort == null || sort.isBlank()) {
            return order;
        }
        for (String part : sort.split(",")) {
            String p = part.strip();
            boolean descending = p.startsWith("-");
            String name = (descending ? p.substring(1) : p).toUpperCase(Locale.ROOT);
            try {
                order.add(new MessageSort(MessageSort.Property.valueOf(name), descending));
            } catch (IllegalArgumentException e) {
                throw RequestRefused.ofParameter("sort", "error.parameter.value", "sort", p);
            }
        }
        return order;
    }

    @GET
    @Path("{id}")
    public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        Optional<ApiCaller> caller = tokens.authenticate(authorization);
        if (caller.isEmpty()) {
            return unauthenticated();
        }
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw RequestRefused.ofParameter("id", "error.parameter.number", "id");
        }
        return intake.find(caller.get(), number).map(m -> Response.ok(json(m, false, caller.get().zone())).build())
                .orElseGet(() -> Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ApiError.of(404, "not-found", "No message " + number)).build());
    }

    /** A message as the API shows it, its instants in the organisation's time zone. */
    /** When the message's answer is due, as every answer of this API gives it. */
    private static String dueAt(Message m, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.currentDueAt().atZone(zone));
    }

    private static JsonObject json(Message m, boolean created, ZoneId zone) {
        DateTimeFormatter f = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        JsonObjectBuilder b = Jsons.object()
                .add("id", m.getId())
                .add("created", created)
                .add("status", m.getStatus().name())
                .add("kind", m.getKind().name())
                .add("network", m.getNetwork().getCode())
                .add("source", m.getSource())
                .add("detectedAt", f.format(m.getDetectedAt().atZone(zone)))
                .add("dueAt", dueAt(m, zone))
                .add("registeredAt", f.format(m.getRegisteredAt().atZone(zone)));
        if (m.getExternalId() != null) {
            b.add("externalId", m.getExternalId());
        }
        if (m.getTopic() != null) {
            b.add("topic", m.getTopic().getCode());
        }
        if (m.getUrl() != null) {
            b.add("url", m.getUrl());
        }
        if (m.getClosedAt() != null) {
            b.add("closedAt", f.format(m.getClosedAt().atZone(zone)));
        }
        return b.build();
    }

    /** Maps the JSON object field by field; any wrong type or format is refused naming the field. */
    static NewMessage toMessage(JsonObject o, String defaultSource) {
        NewMessage m = new NewMessage();
        String kind = string(o, "kind");
        if (kind != null) {
            try {
                m.setKind(MessageKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw RequestRefused.ofParameter("kind", "error.parameter.message-kind");
            }
        }
        m.setNetwork(string(o, "network"));
        m.setTopic(string(o, "topic"));
        m.setUrl(string(o, "url"));
        m.setText(string(o, "text"));
        m.setSource(Optional.ofNullable(string(o, "source")).orElse(defaultSource));
        m.setExternalId(stringOrNumber(o, "externalId"));
        JsonValue author = o.get("author");
        if (author instanceof JsonObject a) {
            m.setAuthorName(string(a, "name"));
            m.setAuthorUrl(string(a, "url"));
        } else if (author instanceof JsonString s) {
            m.setAuthorName(s.getString());
        } else if (author != null && author != JsonValue.NULL) {
            throw RequestRefused.ofParameter("author", "error.json.type", "author", "object or string");
        }
        if (o.containsKey("authorName")) {
            m.setAuthorName(string(o, "authorName"));
        }
        if (o.containsKey("authorUrl")) {
            m.setAuthorUrl(string(o, "authorUrl"));
        }
        String detected = string(o, "detectedAt");
        if (detected != null) {
            try {
                m.setDetectedAt(OffsetDateTime.parse(detected.strip()).toInstant());
            } catch (DateTimeParseException e) {
                throw RequestRefused.ofParameter("detectedAt", "error.parameter.instant", "detectedAt");
            }
        }
        return m;
    }

}
