package ru.otklik.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.boundary.ApiCaller;
import ru.otklik.moderation.entity.Comment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Comments brought by software through the REST API (a bearer token of Настройки → API-токены),
 * one at a time or up to {@value #MAX_BATCH} in one call with a result per item. A repeated
 * (account, external id) answers with the known comment and stores nothing. Runs under the
 * technical role INTAKE, which only the REST resource takes on.
 */
@Stateless
@RolesAllowed(Roles.INTAKE)
public class CommentIntake {

    public static final int MAX_BATCH = 1000;

    @Inject
    CommentRegistrar registrar;

    @Inject
    Validator validator;

    /** One comment in a transaction of its own (a concurrent duplicate fails only the second insert). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CommentRegistrar.Intake register(ApiCaller caller, NewComment comment) {
        Set<ConstraintViolation<NewComment>> violations = validator.validate(comment);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return registrar.register(caller.organisationId(), comment, caller.actor());
    }

    /** Stores the valid items and reports every item; {@code null} items could not be read. */
    public List<ItemResult> registerBatch(ApiCaller caller, List<NewComment> comments) {
        if (comments.size() > MAX_BATCH) {
            throw RequestRefused.ofParameter("comments", "moderation.error.batch.too-large", MAX_BATCH);
        }
        List<ItemResult> results = new ArrayList<>(comments.size());
        Map<String, Comment> thisBatch = new HashMap<>();
        for (NewComment c : comments) {
            if (c == null) {
                results.add(ItemResult.invalid(null, "error.batch.item-not-object"));
                continue;
            }
            Set<ConstraintViolation<NewComment>> violations = validator.validate(c);
            if (!violations.isEmpty()) {
                ConstraintViolation<NewComment> first = violations.iterator().next();
                results.add(ItemResult.invalid(first.getPropertyPath().toString(), first.getMessage()));
                continue;
            }
            String key = c.getExternalId() == null || c.getExternalId().isBlank() ? null
                    : c.getAccount() + "\u0000" + c.getExternalId().strip();
            if (key != null && thisBatch.containsKey(key)) {
                results.add(new ItemResult(thisBatch.get(key), false, null, null, null));
                continue;
            }
            try {
                CommentRegistrar.Intake r = registrar.register(caller.organisationId(), c, caller.actor());
                if (key != null) {
                    thisBatch.put(key, r.comment());
                }
                results.add(new ItemResult(r.comment(), r.created(), null, null, null));
            } catch (RequestRefused refused) {
                results.add(new ItemResult(null, false, refused.parameter(), refused.key(), refused.args()));
            }
        }
        return results;
    }

    /** The comment stored under (account, external id) for this caller's organisation, if any. */
    public Optional<Comment> known(ApiCaller caller, Long account, String externalId) {
        if (account == null || externalId == null || externalId.isBlank()) {
            return Optional.empty();
        }
        return registrar.known(account, externalId).filter(c -> c.getOrganisationId() == caller.organisationId());
    }

    /** What became of one item of a batch: the comment, or why it was refused. */
    public record ItemResult(Comment comment, boolean created, String parameter, String problem, Object[] args) {

        static ItemResult invalid(String parameter, String problem) {
            return new ItemResult(null, false, parameter, problem, new Object[0]);
        }

        public boolean valid() {
            return comment != null;
        }
    }
}
