package ru.otklik.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.control.Causes;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What the user sees when an action fails: a refusal or a validation error in their language,
 * "not allowed" for a forbidden call, and for anything unexpected a short message with an
 * incident code that is also in the server log, never a stack trace.
 */
public class FriendlyErrors implements ErrorHandler {

    private static final Logger LOG = Logger.getLogger(FriendlyErrors.class.getName());

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        UI ui = UI.getCurrent();
        if (ui == null) {
            LOG.log(Level.WARNING, "Error outside a UI", failure);
            return;
        }
        ui.access(() -> Toasts.error(describe(ui, failure)));
    }

    /** The user-facing text for a failure; unexpected ones are logged with an incident code. */
    public static String describe(UI ui, Throwable failure) {
        RequestRefused refused = Causes.find(failure, RequestRefused.class);
        if (refused != null) {
            return ui.getTranslation(refused.key(), refused.args());
        }
        ConstraintViolationException invalid = Causes.find(failure, ConstraintViolationException.class);
        if (invalid != null) {
            return ui.getTranslation("error.invalid",
                    invalid.getConstraintViolations().stream()
                            .map(ConstraintViolation::getMessage)
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        if (Causes.find(failure, EJBAccessException.class) != null) {
            return ui.getTranslation("error.forbidden");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident, failure);
        return ui.getTranslation("error.unexpected", incident);
    }

}
