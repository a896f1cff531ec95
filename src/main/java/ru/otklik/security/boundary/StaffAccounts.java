package ru.otklik.security.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.org.entity.Organisation;
import ru.otklik.security.control.Passwords;
import ru.otklik.security.entity.Role;
import ru.otklik.security.entity.StaffUser;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Creates a staff member of a given organisation with a given password, for callers that set up
 * an organisation of their own (the demo data set, issue 10), where {@link Staff} works only in
 * the caller's organisation and hands out one-time passwords. Runs in the caller's transaction;
 * the callers (EJB boundaries) decide who may. The password must pass the same rules as any.
 */
@Dependent
public class StaffAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public StaffUser create(long organisationId, String login, String fullName, String position, String password,
                            Set<Role> roles) {
        if (!em.createNamedQuery(StaffUser.BY_LOGIN, StaffUser.class).setParameter("login", login)
                .getResultList().isEmpty()) {
            throw new RequestRefused("error.login.taken", login);
        }
        Passwords.weakness(password, login).ifPresent(reason -> {
            throw new IllegalArgumentException("The password of " + login + " is not acceptable: " + reason);
        });
        StaffUser user = new StaffUser(em.getReference(Organisation.class, organisationId), login, fullName,
                Passwords.hash(password), false, clock.instant());
        user.setPosition(position);
        user.setRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        em.persist(user);
        return user;
    }
}
