package ru.otklik.socialaccount.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import ru.otklik.base.Roles;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.socialaccount.entity.PolicyDocument;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The regional information-policy recommendations (R2.3) kept in one place: everyone who writes
 * for the accounts reads them; SMM editors, the curator and the administrator keep the list.
 */
@Stateless
@RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR, Roles.ADMIN})
public class PolicyDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    jakarta.validation.Validator validator;

    @RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR, Roles.ADMIN, Roles.HEAD, Roles.OPERATOR, Roles.EXECUTOR,
            Roles.MODERATOR})
    public List<PolicyDocument> list() {
        return em.createNamedQuery(PolicyDocument.OF_ORGANISATION, PolicyDocument.class)
                .setParameter("org", organisation.id()).getResultList();
    }

    /** Adds a document ({@code id} null) or changes one. */
    public PolicyDocument save(Long id, long version, @NotNull String title, String link, LocalDate issuedOn,
                               String note) {
        PolicyDocument d;
        if (id == null) {
            d = new PolicyDocument(organisation.id(), clock.instant(), context.getCallerPrincipal().getName());
        } else {
            d = own(id);
            if (d.getVersion() != version) {
                throw new ConcurrentChange();
            }
        }
        d.setTitle(title.strip());
        d.setLink(link == null || link.isBlank() ? null : link.strip());
        d.setIssuedOn(issuedOn);
        d.setNote(note == null || note.isBlank() ? null : note.strip());
        var violations = validator.validate(d);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
        try {
            if (d.getId() == null) {
                em.persist(d);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange();
        }
        return d;
    }

    /** Removes a document from the list (the audit log keeps what it was). */
    public void remove(long id) {
        em.remove(own(id));
    }

    private PolicyDocument own(long id) {
        PolicyDocument d = em.find(PolicyDocument.class, id);
        if (d == null || !d.getOrganisationId().equals(organisation.id())) {
            throw new RequestRefused("error.document.not-found");
        }
        return d;
    }
}
