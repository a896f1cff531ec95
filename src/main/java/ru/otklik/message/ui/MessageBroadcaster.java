package ru.otklik.message.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import ru.otklik.message.entity.MessageChanged;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Tells open screens that a message of their organisation changed, after the change committed,
 * so grids and pages refresh by server push (the UI's {@code @Push}). Screens register while
 * attached and unregister when detached.
 */
@ApplicationScoped
public class MessageBroadcaster {

    private final Map<Object, Listener> listeners = new ConcurrentHashMap<>();

    /**
     * Calls {@code onChange} (in the view's UI) for every committed change of the organisation's
     * messages while the view is attached; stops when it is detached.
     */
    public void whileAttached(com.vaadin.flow.component.Component view, long organisationId,
                              Consumer<MessageChanged> onChange) {
        Registration[] listening = new Registration[1];
        view.addAttachListener(e -> listening[0] = register(e.getUI(), organisationId, onChange));
        view.addDetachListener(e -> {
            if (listening[0] != null) {
                listening[0].remove();
            }
        });
    }

    public Registration register(UI ui, long organisationId, Consumer<MessageChanged> onChange) {
        Object key = new Object();
        listeners.put(key, new Listener(ui, organisationId, onChange));
        return () -> listeners.remove(key);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageChanged change) {
        listeners.values().forEach(l -> {
            if (l.organisationId() == change.organisationId() && l.ui().isAttached()) {
                l.ui().access(() -> l.onChange().accept(change));
            }
        });
    }

    int listening() {
        return listeners.size();
    }

    private record Listener(UI ui, long organisationId, Consumer<MessageChanged> onChange) {
    }
}
