package ru.otklik.moderation.boundary;

import static ru.otklik.base.boundary.JsonBodies.english;
import static ru.otklik.base.boundary.JsonBodies.read;
import static ru.otklik.base.boundary.JsonBodies.string;
import static ru.otklik.base.boundary.JsonBodies.stringOrNumber;
import static ru.otklik.base.boundary.JsonBodies.unauthenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.otklik.base.Jsons;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.boundary.ApiCaller;
import ru.otklik.message.boundary.ApiTokens;
import ru.otklik.moderation.entity.AbuseFlag;
import ru.otklik.moderation.entity.Comment;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comments API ({@code Authorization: Bearer otk_...}, the tokens of the message intake):
 * <ul>
 *   <li>{@code POST /api/v1/comments}: one comment of an official account; 201 with its id, state
 *   and flags, or 200 with the known one when its (account, externalId) was sent before;</li>
 *   <li>{@code POST /api/v1/comments/batch}: up to 1,000 comments, a result per item.</li>
 * </ul>
 * The JSON is read field by field: an unknown account or network, a wrong type, a bad date, a
 * text over 64 KB (413) is answered with a 4xx naming the field, and nothing is written.
 */
@Stateless
@PermitAll
@RunAs(Roles.INTAKE)
@Path("v1/comments")
@Produces(MediaType.APPLICATION_JSON)
public class CommentsResource {

    /** One comment's JSON: the text may be 64 KB (up to 6 bytes per character escaped), so 1 MB. */
    static final int MAX_SINGLE_BYTES = 1024 * 1024;
    static final int MAX_BATCH_BYTES = 32 * 1024 * 1024;

    @Inject
    ApiTokens tokens;

    @Inject
    CommentIntake intake;

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
        NewComment comment = toComment(json.asJsonObject());
        CommentRegistrar.Intake r;
        try {
            r = intake.register(caller.get(), comment);
        } catch (EJBException raced) {
            // the same (account, externalId) inserted by a concurrent request a moment earlier
            Optional<Comment> known = intake.known(caller.get(), comment.getAccount(), comment.getExternalId());
            if (known.isEmpty()) {
                throw raced;
            }
            r = new CommentRegistrar.Intake(known.get(), false);
        }
        JsonObject answer = json(r.comment(), r.created());
        return Response.status(r.created() ? 201 : 200).entity(answer).build();
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
                : json.getValueType() == JsonValue.ValueType.OBJECT && json.asJsonObject().get("comments") instanceof JsonArray a
                ? a : null;
        if (items == null) {
            throw RequestRefused.ofParameter("comments", "moderation.error.json.batch");
        }
        if (items.size() > CommentIntake.MAX_BATCH) {
            throw RequestRefused.ofParameter("comments", "moderation.error.batch.too-large", CommentIntake.MAX_BATCH);
        }
        List<NewComment> comments = new ArrayList<>(items.size());
        List<RequestRefused> unreadable = new ArrayList<>(items.size());
        for (JsonValue item : items) {
            RequestRefused problem = null;
            NewComment c = null;
            if (item.getValueType() == JsonValue.ValueType.OBJECT) {
                try {
                    c = toComment(item.asJsonObject());
                } catch (RequestRefused refused) {
                    problem = refused;
                }
            }
            comments.add(problem == null ? c : null);
            unreadable.add(problem);
        }
        List<CommentIntake.ItemResult> results = intake.registerBatch(caller.get(), comments);
        JsonArrayBuilder out = Jsons.array();
        int created = 0;
        int existing = 0;
        int invalid = 0;
        for (int i = 0; i < results.size(); i++) {
            CommentIntake.ItemResult r = results.get(i);
            JsonObjectBuilder item = Jsons.object().add("index", i);
            if (r.valid()) {
                item.add("result", r.created() ? "created" : "existing").add("comment", json(r.comment(), r.created()));
                if (r.created()) {
                    created++;
                } else {
                    existing++;
                }
            } else {
                invalid++;
                RequestRefused u = unreadable.get(i);
                String parameter = u != null ? u.parameter() : r.parameter();
                String text = u != null ? english(u.key(), u.args()) : english(r.problem(), r.args());
                JsonObjectBuilder e = Jsons.object().add("message", text);
                if (parameter != null) {
                    e.add("parameter", parameter);
                }
                item.add("result", "invalid").add("errors", Jsons.array().add(e));
            }
            out.add(item);
        }
        return Response.ok(Jsons.object().add("created", created).add("existing", existing).add("invalid", invalid)
                .add("items", out).build()).build();
    }

    private static JsonObject json(Comment c, boolean created) {
        JsonArrayBuilder flags = Jsons.array();
        for (AbuseFlag f : c.getFlags()) {
            flags.add(f.name());
        }
        JsonObjectBuilder b = Jsons.object()
                .add("id", c.getId())
                .add("created", created)
                .add("account", c.getAccount().getId())
                .add("network", c.getNetwork().getCode())
                .add("state", c.getState().name())
                .add("authorId", c.getAuthorId())
                .add("postedAt", c.getPostedAt().toString())
                .add("flagged", c.isFlagged())
                .add("flags", flags)
                .add("authorBanned", c.isAuthorBanned());
        if (c.getExternalId() != null) {
            b.add("externalId", c.getExternalId());
        }
        if (c.getSuggestedReason() != null) {
            b.add("suggestedReason", c.getSuggestedReason().name());
        }
        return b.build();
    }

    /** Maps the JSON object field by field; a wrong type or format is refused naming the field. */
    static NewComment toComment(JsonObject o) {
        NewComment c = new NewComment();
        JsonValue account = o.get("account");
        if (account instanceof JsonNumber n && n.isIntegral()) {
            c.setAccount(n.longValue());
        } else if (account instanceof JsonString s && s.getString().strip().matches("\\d{1,18}")) {
            c.setAccount(Long.parseLong(s.getString().strip()));
        } else if (account != null && account != JsonValue.NULL) {
            throw RequestRefused.ofParameter("account", "error.json.type", "account", "number");
        }
        c.setNetwork(string(o, "network"));
        c.setExternalId(stringOrNumber(o, "externalId"));
        JsonValue author = o.get("author");
        if (author instanceof JsonObject a) {
            c.setAuthorId(stringOrNumber(a, "id"));
            c.setAuthorName(string(a, "name"));
        } else if (author != null && author != JsonValue.NULL) {
            throw RequestRefused.ofParameter("author", "error.json.type", "author", "object");
        }
        if (o.containsKey("authorId")) {
            c.setAuthorId(stringOrNumber(o, "authorId"));
        }
        if (o.containsKey("authorName")) {
            c.setAuthorName(string(o, "authorName"));
        }
        c.setText(string(o, "text"));
        c.setUrl(string(o, "url"));
        String posted = string(o, "postedAt");
        if (posted != null) {
            try {
                c.setPostedAt(OffsetDateTime.parse(posted.strip()).toInstant());
            } catch (DateTimeParseException e) {
                throw RequestRefused.ofParameter("postedAt", "error.parameter.instant", "postedAt");
            }
        }
        return c;
    }

}
