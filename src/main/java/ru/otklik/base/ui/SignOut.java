package ru.otklik.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletException;

import java.util.logging.Logger;

/**
 * Ends the current user's session from a view: the container's logout, the browser sent to the
 * login page, the HTTP session invalidated. The shell's menu and the first-start wizard both offer
 * it; recording the logout in the audit log stays with the caller (security's {@code Logins}).
 */
public final class SignOut {

    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

    private SignOut() {
    }

    public static void now(String login) {
        UI ui = UI.getCurrent();
        try {
            VaadinServletRequest.getCurrent().getHttpServletRequest().logout();
        } catch (ServletException e) {
            LOG.warning(() -> "Logout of " + login + ": " + e.getMessage());
        }
        ui.getPage().setLocation("login");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
