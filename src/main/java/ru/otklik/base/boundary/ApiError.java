package ru.otklik.base.boundary;

/**
 * The body of every error answer of the REST API: a stable code, a message in English, and the
 * parameter or field at fault when there is one.
 */
public record ApiError(int status, String code, String message, String parameter) {

    public static ApiError of(int status, String code, String message) {
        return new ApiError(status, code, message, null);
    }
}
