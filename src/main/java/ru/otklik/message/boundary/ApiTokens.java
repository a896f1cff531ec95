package ru.otklik.message.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.control.Tokens;
import ru.otklik.message.entity.ApiToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens for monitoring software (Настройки → API-токены): ADMIN creates one (shown once),
 * sees when each was last used, and revokes it. Checking a presented token is open to anyone,
 * as it must be: it is how an unknown caller proves who it is.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ApiTokens {

    /** How often a token's last use is written (the list shows it to the minute). */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final Map<Long, Instant> LAST_RECORDED = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public List<ApiToken> list() {
        return em.createNamedQuery(ApiToken.OF_ORGANISATION, ApiToken.class).setParameter("org", organisation.id())
                .getResultList();
    }

    /** Creates a token; the returned text is the only time it is ever shown. */
    public IssuedToken create(@NotBlank(message = "{name.required}") @Size(max = 100, message = "{field.too-long}")
                              String name) {
        String token = Tokens.newToken();
        ApiToken row = new ApiToken(organisation.id(), name.strip(), Tokens.visiblePrefix(token), Tokens.hash(token),
                context.getCallerPrincipal().getName(), clock.instant());
        em.persist(row);
        em.flush();
        return new IssuedToken(row, token);
    }

    public void revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || token.getOrganisationId() != organisation.id()) {
            throw new RequestRefused("error.not-found");
        }
        if (!token.isRevoked()) {
            token.revoke(clock.instant());
        }
    }

    /** The caller behind an {@code Authorization} header, if the token is known and not revoked; records the use. */
    @PermitAll
    public Optional<ApiCaller> authenticate(String authorizationHeader) {
        String token = Tokens.fromHeader(authorizationHeader);
        if (token == null) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", Tokens.hash(token)).getResultStream().findFirst();
        if (found.isEmpty() || found.get().isRevoked()) {
            return Optional.empty();
        }
        ApiToken t = found.get();
        Instant now = clock.instant();
        Instant touched = LAST_RECORDED.get(t.getId());
        if (touched == null || touched.isBefore(now.minus(USE_RECORDED_EVERY))) {
            LAST_RECORDED.put(t.getId(), now);
            context.getBusinessObject(ApiTokens.class).recordUse(t.getId(), now);
        }
        return Optional.of(new ApiCaller(t.getOrganisationId(), t.getId(), t.getName()));
    }

    /**
     * Records a token's last use in a short transaction of its own, at most once a minute per token
     * and node: inside the request's transaction the row lock would make every concurrent request
     * with the same token wait for the others to commit.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordUse(long tokenId, Instant at) {
        em.createNamedQuery(ApiToken.USED).setParameter("at", at).setParameter("id", tokenId).executeUpdate();
    }

    /** A token just created, with its text (shown once). */
    public record IssuedToken(ApiToken token, String text) {

        @Override
        public String toString() {
            return "IssuedToken[" + token.getName() + "]";
        }
    }
}
