package ru.otklik.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.otklik.base.ui.FriendlyErrors;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.ReplacesOneTimePassword;
import ru.otklik.base.ui.Translations;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.entity.StaffUser;

import java.security.Principal;
import java.util.Locale;

/**
 * Wires security into every UI: {@link NavigationAccessControl} checks each view's
 * {@code @RolesAllowed}/{@code @PermitAll}/{@code @AnonymousAllowed} before it opens (a view
 * without one is denied), anonymous users are sent to the login page, and a user who must
 * replace a one-time password goes to the profile page first. Also sets the user's language
 * and organisation time zone, and the friendly error handler.
 */
@ApplicationScoped
public class AccessControl {

    /** Session attribute: the language chosen on the login page before anyone is known. */
    static final String CHOSEN_LOCALE = "otklik.chosen-locale";
    /** Session attribute: the logged-in user must change the one-time password first. */
    static final String MUST_CHANGE_PASSWORD = "otklik.must-change-password";

    @Inject
    Staff staff;

    void serviceInit(@Observes ServiceInitEvent event) {
        NavigationAccessControl navigation = new NavigationAccessControl();
        navigation.setLoginView(LoginView.class);
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new FriendlyErrors()));
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            applyUser(ui);
            ui.addBeforeEnterListener(navigation);
            ui.addBeforeEnterListener(this::passwordChangeFirst);
        });
    }

    /** The user's language and the organisation's zone, once per UI. */
    private void applyUser(UI ui) {
        VaadinSession session = ui.getSession();
        Principal principal = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getUserPrincipal();
        Locale locale;
        if (principal == null) {
            Object chosen = session.getAttribute(CHOSEN_LOCALE);
            locale = chosen instanceof Locale l ? l : Translations.RUSSIAN;
        } else {
            StaffUser me = staff.me();
            locale = Translations.supported(Locale.forLanguageTag(me.getLocale()));
            Formats.useZone(session, me.getOrganisation().getZone());
            session.setAttribute(MUST_CHANGE_PASSWORD, me.isPasswordChangeRequired() ? Boolean.TRUE : null);
        }
        session.setLocale(locale);
        ui.setLocale(locale);
    }

    /**
     * A user holding a one-time password goes to the profile first, unless the page they open
     * lets them replace it itself (the first-start wizard). The password may have been replaced
     * on such a page meanwhile: asked again before sending the user anywhere.
     */
    private void passwordChangeFirst(BeforeEnterEvent event) {
        VaadinSession session = event.getUI().getSession();
        if (Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD))
                && !ReplacesOneTimePassword.class.isAssignableFrom(event.getNavigationTarget())
                && VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().getUserPrincipal() != null) {
            if (staff.me().isPasswordChangeRequired()) {
                event.forwardTo(ProfileView.class);
            } else {
                session.setAttribute(MUST_CHANGE_PASSWORD, null);
            }
        }
    }
}
