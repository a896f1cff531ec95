package ru.otklik.message.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.control.ExternalIds;
import ru.otklik.message.control.MessageQuery;
import ru.otklik.message.entity.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Messages brought by monitoring software through the REST API, after its bearer token was
 * checked: one at a time, or up to {@value #MAX_BATCH} in one call with a result per item (valid
 * items are stored, invalid ones reported, in one transaction). A repeated (source, external id)
 * answers with the known message and creates nothing. Runs under the technical role INTAKE,
 * which only the REST resource takes on ({@code @RunAs}).
 */
@Stateless
@RolesAllowed(Roles.INTAKE)
public class MessageIntake {

    public static final int MAX_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    MessageRegistrar registrar;

    /**
     * Checks the annotations of {@link NewMessage}. Built from the container's factory, but with
     * every property reachable: the default resolver asks JPA whether each property of each item
     * is loaded, which for a plain request object is always yes and cost a third of a batch's
     * validation (bench/messages.sh).
     */
    private Validator validator;

    @Inject
    jakarta.validation.ValidatorFactory validatorFactory;

    @jakarta.annotation.PostConstruct
    void buildValidator() {
        validator = validatorFactory.usingContext().traversableResolver(new jakarta.validation.TraversableResolver() {
            @Override
            public boolean isReachable(Object bean, jakarta.validation.Path.Node property, Class<?> rootBeanType,
                                       jakarta.validation.Path pathToProperty, java.lang.annotation.ElementType type) {
                return true;
            }

            @Override
            public boolean isCascadable(Object bean, jakarta.validation.Path.Node property, Class<?> rootBeanType,
                                        jakarta.validation.Path pathToProperty, java.lang.annotation.ElementType type) {
                return true;
            }
        }).getValidator();
    }

    @Inject
    java.time.Clock clock;

    /**
     * Registers one message in a transaction of its own, so that the rare race of two requests
     * with the same (source, external id) fails only the second one's insert, which the resource
     * then answers with the message the first created.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Registration register(ApiCaller caller, NewMessage message) {
        Set<ConstraintViolation<NewMessage>> violations = validator.validate(message);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (message.getSource() == null || message.getSource().isBlank()) {
            message.setSource(caller.name());
        }
        return registrar.register(caller.organisationId(), message, caller.actor());
    }

    /** Registers the valid items, reports every item; nothing is stored if the database fails. */
    public List<ItemResult> registerBatch(ApiCaller caller, List<NewMessage> messages) {
        if (messages.size() > MAX_BATCH) {
            throw RequestRefused.ofParameter("messages", "error.batch.too-large", MAX_BATCH);
        }
        List<ItemResult> results = new ArrayList<>(messages.size());
        java.util.Map<String, Message> thisBatch = new java.util.HashMap<>();
        for (NewMessage m : messages) {
            if (m != null && (m.getSource() == null || m.getSource().isBlank())) {
                m.setSource(caller.name()); // before the lookups, which look up by source
            }
        }
        MessageRegistrar.Lookups lookups = registrar.lookups(caller.organisationId(), messages);
        for (NewMessage m : messages) {
            if (m == null) {
                results.add(ItemResult.invalid(List.of(new ItemProblem(null, "error.batch.item-not-object"))));
                continue;
            }
            Set<ConstraintViolation<NewMessage>> violations = validator.validate(m);
            if (!violations.isEmpty()) {
                results.add(ItemResult.invalid(violations.stream()
                        .map(v -> new ItemProblem(v.getPropertyPath().toString(), v.getMessage())).toList()));
                continue;
            }
            try {
                // as the unique key compares them: "VK" and "vk" twice in one batch are one message
                String key = m.getExternalId() == null || m.getExternalId().isBlank() ? null
                        : ExternalIds.key(m.getSource().strip(), m.getExternalId().strip());
                Message earlier = key == null ? null : thisBatch.get(key);
                if (earlier != null) {
                    results.add(new ItemResult(earlier, false, List.of()));
                    continue;
                }
                Registration r = registrar.register(caller.organisationId(), m, caller.actor(), lookups);
                if (key != null) {
                    thisBatch.put(key, r.message());
                }
                results.add(ItemResult.of(r));
            } catch (RequestRefused refused) {
                results.add(ItemResult.invalid(List.of(new ItemProblem(refused.parameter(), refused.key(),
                        refused.args()))));
            }
        }
        registrar.storePending(lookups);
        return results;
    }

    /** A page of the organisation's messages for the list API (the same query as the grid). */
    public List<Message> page(ApiCaller caller, MessageFilter filter, List<MessageSort> sort, int offset, int limit) {
        return MessageQuery.page(em, caller.organisationId(), filter.conditions(null), MessageSort.orderBy(sort), offset,
                limit, clock.instant(), caller.zone());
    }

    /** The list API's total: exact up to {@link MessageQuery#COUNT_CAP}, else {@code COUNT_CAP + 1}. */
    public long countUpTo(ApiCaller caller, MessageFilter filter) {
        return MessageQuery.countUpTo(em, caller.organisationId(), filter.conditions(null), MessageQuery.COUNT_CAP,
                clock.instant(), caller.zone());
    }

    /** The message registered under (source, external id), if any. */
    public Optional<Message> known(ApiCaller caller, String source, String externalId) {
        if (externalId == null || externalId.isBlank()) {
            return Optional.empty();
        }
        return registrar.known(caller.organisationId(), source == null || source.isBlank() ? caller.name() : source.strip(),
                externalId.strip());
    }

    public Optional<Message> find(ApiCaller caller, long id) {
        Message m = em.find(Message.class, id);
        return m == null || m.getOrganisationId() != caller.organisationId() ? Optional.empty() : Optional.of(m);
    }

    /** What became of one item of a batch. */
    public record ItemResult(Message message, boolean created, List<ItemProblem> problems) {

        static ItemResult of(Registration r) {
            return new ItemResult(r.message(), r.created(), List.of());
        }

        static ItemResult invalid(List<ItemProblem> problems) {
            return new ItemResult(null, false, problems);
        }

        public boolean valid() {
            return message != null;
        }
    }

    /** Why one item was refused: the field, and a message key or text with its arguments. */
    public record ItemProblem(String parameter, String message, Object... args) {
    }
}
