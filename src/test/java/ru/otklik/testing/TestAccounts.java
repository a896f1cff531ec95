package ru.otklik.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.message.entity.Network;
import ru.otklik.socialaccount.entity.AccountStatus;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.time.Instant;
import java.util.Set;

/**
 * Official accounts for in-container tests, written straight to the database (a test fixture,
 * not a boundary of the application): the tests of components that use accounts need not drive
 * the account screens.
 */
@Stateless
@PermitAll
public class TestAccounts {

    @PersistenceContext
    EntityManager em;

    /** An active account of the organisation in the network (by code), with these responsible staff. */
    public OfficialAccount create(long organisationId, String networkCode, String name, Long... responsible) {
        Network network = em.createNamedQuery(Network.BY_CODE, Network.class).setParameter("org", organisationId)
                .setParameter("code", networkCode).getSingleResult();
        OfficialAccount a = new OfficialAccount(organisationId, network, name, Instant.now());
        a.setStatus(AccountStatus.ACTIVE);
        a.setLink("https://vk.com/club" + Math.abs(name.hashCode()));
        a.setResponsibleIds(Set.of(responsible));
        em.persist(a);
        em.flush();
        return a;
    }
}
