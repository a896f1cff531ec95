package ru.otklik.message.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import ru.otklik.base.Roles;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.entity.Network;
import ru.otklik.message.entity.Topic;

import java.util.List;

/**
 * The organisation's networks (R1.2, R2.1) and topics as data: ADMIN adds, renames, orders,
 * switches off or marks a network restricted. Nothing is deleted: old messages keep theirs.
 * A saved record must be one the caller's organisation already has, judged by the stored row and
 * not by what the object sent claims (issue 9); new ones come only through {@code add...}.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Catalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    public List<Network> networks() {
        return em.createNamedQuery(Network.OF_ORGANISATION, Network.class).setParameter("org", organisation.id())
                .getResultList();
    }

    public List<Topic> topics() {
        return em.createNamedQuery(Topic.OF_ORGANISATION, Topic.class).setParameter("org", organisation.id())
                .getResultList();
    }

    public Network addNetwork(@NotNull String code, @NotNull String name) {
        requireNewCode(Network.BY_CODE, code);
        Network n = new Network(organisation.id(), code.strip(), name.strip(), true, false, 4096,
                networks().size() * 10 + 10);
        validate(n);
        em.persist(n);
        return n;
    }

    public Network save(@NotNull @Valid Network network) {
        Network stored = network.getId() == null ? null : em.find(Network.class, network.getId());
        if (stored == null || !stored.getOrganisationId().equals(organisation.id())
                || !network.getOrganisationId().equals(organisation.id())) {
            throw new RequestRefused("error.other-organisation");
        }
        return merged(network);
    }

    public Topic addTopic(@NotNull String code, @NotNull String name) {
        requireNewCode(Topic.BY_CODE, code);
        Topic t = new Topic(organisation.id(), code.strip(), name.strip(), topics().size() * 10 + 10);
        validate(t);
        em.persist(t);
        return t;
    }

    public Topic save(@NotNull @Valid Topic topic) {
        Topic stored = topic.getId() == null ? null : em.find(Topic.class, topic.getId());
        if (stored == null || !stored.getOrganisationId().equals(organisation.id())
                || !topic.getOrganisationId().equals(organisation.id())) {
            throw new RequestRefused("error.other-organisation");
        }
        return merged(topic);
    }

    private <T> T merged(T entity) {
        try {
            T saved = em.merge(entity);
            em.flush();
            return saved;
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange();
        }
    }

    private void requireNewCode(String query, String code) {
        if (code == null || !code.strip().matches("[a-z0-9_-]{1,30}")) {
            throw RequestRefused.ofParameter("code", "error.code.pattern");
        }
        if (!em.createNamedQuery(query).setParameter("org", organisation.id()).setParameter("code", code.strip())
                .getResultList().isEmpty()) {
            throw RequestRefused.ofParameter("code", "error.code.taken", code.strip());
        }
    }

    @Inject
    jakarta.validation.Validator validator;

    private <T> void validate(T entity) {
        var violations = validator.validate(entity);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
    }
}
