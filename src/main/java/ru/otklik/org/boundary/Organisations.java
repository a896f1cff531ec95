package ru.otklik.org.boundary;

import jakarta.annotation.security.PermitAll;
import org.hibernate.Hibernate;
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
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.org.entity.Organisation;


/** The caller's organisation: read by every staff member, changed by ADMIN only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation current;

    @PermitAll
    public Organisation current() {
        return Hibernate.unproxy(em.find(Organisation.class, current.id()), Organisation.class);
    }

    /**
     * Saves the settings of the caller's own organisation. Refused if someone saved it since it
     * was read (optimistic locking) or if it is another organisation.
     */
    public Organisation save(@NotNull @Valid Organisation changed) {
        if (changed.getId() == null || changed.getId() != current.id()) {
            throw new RequestRefused("error.other-organisation");
        }
        try {
            Organisation saved = em.merge(changed);
            em.flush();
            return saved;
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange();
        }
    }
}
