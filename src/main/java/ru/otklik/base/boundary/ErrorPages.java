package ru.otklik.base.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ru.otklik.base.Jsons;

import java.io.IOException;

/**
 * The answer to the errors the container itself gives before the application sees a request
 * (web.xml's {@code error-page}s): a failed HTTP Basic login (401) and a role the security
 * constraint of {@code /api/v1/reports} or {@code /api/v1/calendar} does not allow (403). Under
 * {@code /api/} it is the API's JSON error ({@code {status, code, message}}), like every other
 * answer of the API; elsewhere a short page. Runs through {@link SecurityHeaders} (the filter
 * also takes error dispatches), so these answers carry the security headers too.
 */
@WebServlet(urlPatterns = "/error/status", asyncSupported = true)
public class ErrorPages extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(),
                request.getContextPath().length()));
        response.setStatus(status);
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Jsons.object().add("status", status).add("code", code(status))
                    .add("message", message(status)).build().toString());
        } else {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(status + " " + message(status) + "\n");
        }
    }

    static String code(int status) {
        return switch (status) {
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            default -> status >= 500 ? "internal" : "bad-request";
        };
    }

    static String message(int status) {
        return switch (status) {
            case 401 -> "Authentication required";
            case 403 -> "Not allowed for the caller's roles";
            case 404 -> "No such resource";
            case 405 -> "Method not allowed here";
            default -> status >= 500 ? "Unexpected error" : "The request could not be read";
        };
    }
}
