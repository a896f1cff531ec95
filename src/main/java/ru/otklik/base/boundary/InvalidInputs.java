package ru.otklik.base.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input caught by Bean Validation answers 400 with the field named, like every other
 * error ({@link ApiErrors}). Needed as its own mapper: RESTEasy ships a more specific one for this
 * exception that would answer 500 with the exception's text.
 */
@Provider
public class InvalidInputs implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return ApiErrors.answer(ApiErrors.describe(invalid));
    }
}
