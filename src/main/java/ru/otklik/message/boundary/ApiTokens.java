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
    /** How long a token found valid is believed without reading it again. */
    static final long CHECK_SECONDS = 5;
    private static final Map<String, Checked> CHECKED = new ConcurrentHashMap<>();

    /** A token found valid (by the SHA-256 the database keeps, never the token itself) and when. */
    private record Checked(ApiCaller caller, Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Inject
    ru.otklik.worktime.boundary.WorkingTimes workingTimes;

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
        forget(id);
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forget(id);
            }
        });
    }

    /**
     * The caller behind an {@code Authorization} header, if the token is known and not revoked;
     * records the use. A read of one row: it joins the caller's transaction if there is one and
     * opens none of its own (the intake API calls it outside any, before the message's own).
     * A token found valid is believed for {@value #CHECK_SECONDS} seconds without reading it again
     * (monitoring software sends hundreds of requests a second with one token); revoking it ends
     * that at once on this node and within those seconds on the others.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ApiCaller> authenticate(String authorizationHeader) {
        String token = Tokens.fromHeader(authorizationHeader);
        if (token == null) {
            return Optional.empty();
        }
        String hash = Tokens.hash(token);
        Instant now = clock.instant();
        Checked checked = CHECKED.get(hash);
        if (checked == null || checked.at().isBefore(now.minusSeconds(CHECK_SECONDS)) || checked.at().isAfter(now)) {
            Optional<ApiToken> found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                    .setParameter("hash", hash).getResultStream().findFirst();
            if (found.isEmpty() || found.get().isRevoked()) {
                CHECKED.remove(hash);
                return Optional.empty();
            }
            ApiToken t = found.get();
            checked = new Checked(new ApiCaller(t.getOrganisationId(), t.getId(), t.getName(),
                    workingTimes.zone(t.getOrganisationId())), now);
            if (CHECKED.size() > 10_000) {
                CHECKED.clear(); // a flood of distinct tokens must not grow the memory
            }
            CHECKED.put(hash, checked);
        }
        ApiCaller caller = checked.caller();
        Instant touched = LAST_RECORDED.get(caller.tokenId());
        if (touched == null || touched.isBefore(now.minus(USE_RECORDED_EVERY))) {
            LAST_RECORDED.put(caller.tokenId(), now);
            context.getBusinessObject(ApiTokens.class).recordUse(caller.tokenId(), now);
        }
        return Optional.of(caller);
    }

    /** Forgets what this node believed of a token: at the revocation and again once it is committed. */
    private void forget(long tokenId) {
        CHECKED.values().removeIf(c -> c.caller().tokenId() == tokenId);
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
