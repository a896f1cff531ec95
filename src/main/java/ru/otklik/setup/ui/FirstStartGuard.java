package ru.otklik.setup.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.setup.boundary.FirstStart;

/**
 * While the organisation awaits its first start, takes its administrator to the wizard from any
 * address, so nothing can be used half-configured. Joins every UI as a before-enter listener
 * (found by CDI, like the security's access control). Once the session has seen the first start
 * complete it asks no more: a configured organisation never becomes unconfigured. Other roles
 * pass: before the end nobody else exists (only the administrator creates staff, and cannot
 * reach the staff page before the end).
 */
@ApplicationScoped
public class FirstStartGuard {

    /** Session attribute: this session's organisation is configured. */
    static final String CONFIGURED = "otklik.first-start-complete";

    @Inject
    FirstStart firstStart;

    void serviceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::wizardFirst));
    }

    private void wizardFirst(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getUserPrincipal() == null || !request.isUserInRole(Roles.ADMIN)
                || event.getNavigationTarget() == SetupView.class) {
            return;
        }
        VaadinSession session = event.getUI().getSession();
        if (Boolean.TRUE.equals(session.getAttribute(CONFIGURED))) {
            return;
        }
        if (firstStart.pending()) {
            event.forwardTo(SetupView.class);
        } else {
            session.setAttribute(CONFIGURED, Boolean.TRUE);
        }
    }
}
