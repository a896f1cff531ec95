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
