package ru.otklik.message.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import ru.otklik.base.ui.Listeners;
import ru.otklik.message.entity.MessageChanged;

import java.util.function.Consumer;

/**
 * Tells open screens that a message of their organisation changed, after the change committed,
 * so grids and pages refresh by server push (the UI's {@code @Push}), in a request of the
 * screen's own user (never with the identity of whoever made the change). Screens register
 * while attached and unregister when detached.
 */
@ApplicationScoped
public class MessageBroadcaster {

    private final Listeners<MessageChanged> listeners = new Listeners<>();

    /** Calls {@code onChange} for every committed change of the organisation's messages while the view is attached. */
    public void whileAttached(Component view, long organisationId, Consumer<MessageChanged> onChange) {
        listeners.whileAttached(view, change -> change.organisationId() == organisationId, onChange);
    }

    /** Calls {@code redraw} once for the committed changes that arrive before it runs (see {@link Listeners}). */
    public void whileAttached(Component view, long organisationId, Runnable redraw) {
        listeners.whileAttached(view, change -> change.organisationId() == organisationId, redraw);
    }

    public Registration register(UI ui, long organisationId, Consumer<MessageChanged> onChange) {
        return listeners.register(ui, change -> change.organisationId() == organisationId, onChange);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageChanged change) {
        listeners.fire(change);
    }

    int listening() {
        return listeners.size();
    }
}
