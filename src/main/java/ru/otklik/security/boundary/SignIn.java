package ru.otklik.security.boundary;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import ru.otklik.security.control.LoginThrottle;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * The login form's target (a plain POST, as the container's own form login would be). Checks
 * the throttle first, then lets the container authenticate against the Elytron realm
 * ({@code request.login}), renews the session id so a session fixed before login is worthless,
 * and sends the user on to the page they asked for. Every outcome is a redirect: the login page
 * shows the reason in the user's language; no stack trace, no hint whether the login exists.
 */
@WebServlet(urlPatterns = SignIn.PATH)
public class SignIn extends HttpServlet {

    public static final String PATH = "/signin";
    private static final int MAX_INPUT = 256;

    @Inject
    LoginThrottle throttle;

    @Inject
    Logins logins;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String login = normalise(request.getParameter("username"));
        String password = request.getParameter("password");
        String address = request.getRemoteAddr();
        if (login.isEmpty() || password == null || password.isEmpty()
                || login.length() > MAX_INPUT || password.length() > MAX_INPUT) {
            back(request, response, "error=empty");
            return;
        }
        Duration wait = throttle.waitBefore(login, address);
        if (!wait.isZero()) {
            logins.throttled(login, address);
            back(request, response, "error=locked&wait=" + Math.max(1, wait.toSeconds()));
            return;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(login, password);
        } catch (ServletException wrong) {
            throttle.failed(login, address);
            logins.failed(login, address);
            Duration now = throttle.waitBefore(login, address);
            back(request, response, now.isZero() ? "error=bad" : "error=locked&wait=" + Math.max(1, now.toSeconds()));
            return;
        }
        throttle.succeeded(login);
        HttpSession session = request.getSession(true);
        String target = storedTarget(session);
        request.changeSessionId();
        logins.succeeded(login, address);
        response.sendRedirect(request.getContextPath() + "/" + target);
    }

    /** The page the user wanted before being sent to log in: only a path inside the app. */
    static String storedTarget(HttpSession session) {
        Object stored = session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        return safeTarget(stored == null ? null : stored.toString());
    }

    static String safeTarget(String target) {
        if (target == null || target.isBlank() || target.startsWith("login")) {
            return "";
        }
        String t = target.startsWith("/") ? target.substring(1) : target;
        boolean relativePath = t.matches("[A-Za-z0-9/_.\\-]*(\\?[A-Za-z0-9=&_.%\\-]*)?") && !t.startsWith("/")
                && !t.contains("..") && !t.contains("//");
        return relativePath ? t : "";
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, String query)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }

    static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
