package ru.otklik.base.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import ru.otklik.base.control.Causes;
import ru.otklik.base.control.ConcurrentChange;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Translations;

import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of a REST call into a JSON {@link ApiError} with the right status: a
 * refusal or invalid input is a 4xx naming what was wrong, a forbidden call 403, and anything
 * unexpected a 500 with an incident code that is also in the server log, never a stack trace.
 * A database that cannot be reached (stopped or restarting) is 503 with {@code Retry-After}, so
 * that a client retries (issue 9: the intake through a MariaDB restart, bench/db-restart.sh);
 * the server log gets one line per failure, not a stack trace.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        return answer(describe(failure));
    }

    static ApiError describe(Throwable failure) {
        RequestRefused refused = Causes.find(failure, RequestRefused.class);
        if (refused instanceof ConcurrentChange) {
            return ApiError.of(409, refused.key(), "The record was changed by someone else meanwhile");
        }
        if (refused != null) {
            return new ApiError(refused.status(), refused.key(), Translations.translate(refused.key(), Translations.ENGLISH,
                    refused.args()), refused.parameter());
        }
        ConstraintViolationException invalid = Causes.find(failure, ConstraintViolationException.class);
        if (invalid != null) {
            ConstraintViolation<?> first = invalid.getConstraintViolations().stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            String path = first.getPropertyPath().toString();
            String parameter = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            return new ApiError(400, "invalid", parameter + ": " + first.getMessage(), parameter);
        }
        if (Causes.find(failure, EJBAccessException.class) != null) {
            return ApiError.of(403, "forbidden", "Not allowed for the caller's roles");
        }
        if (failure instanceof NotAuthorizedException) {
            return ApiError.of(401, "unauthenticated", "Authentication required");
        }
        if (failure instanceof NotFoundException) {
            return ApiError.of(404, "not-found", "No such resource");
        }
        if (failure instanceof NotAllowedException) {
            return ApiError.of(405, "method-not-allowed", "Method not allowed here");
        }
        if (failure instanceof NotSupportedException) {
            return ApiError.of(415, "unsupported-media-type", "Unsupported content type");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return ApiError.of(web.getResponse().getStatus(), "bad-request", "The request could not be read");
        }
        if (Causes.databaseUnreachable(failure)) {
            LOG.warning(() -> "REST call refused, the database is unreachable: " + rootOf(failure));
            return ApiError.of(503, "database-unavailable", "The database is not reachable at the moment; try again later");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "REST incident " + incident, failure);
        return ApiError.of(500, "internal", "Unexpected error, incident " + incident);
    }

    /** Seconds a client is asked to wait before retrying after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;

    static Response answer(ApiError error) {
        Response.ResponseBuilder answer = Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error);
        if (error.status() == 503) {
            answer.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return answer.build();
    }

    private static String rootOf(Throwable failure) {
        Throwable root = failure;
        for (int i = 0; i < 50 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        return root.toString();
    }

}
