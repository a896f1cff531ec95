package ru.otklik.notify.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import ru.otklik.notify.entity.NotificationsCreated;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Tells a user's open screens (the bell, the notifications page) that they have new
 * notifications, after the transaction that wrote them committed, by server push.
 */
@ApplicationScoped
public class NotificationBroadcaster {

    private final Map<Object, Listener> listeners = new ConcurrentHashMap<>();

    /** Calls {@code onNew} in the component's UI for each new notification of the user while it is attached. */
    public void whileAttached(Component component, long userId, Consumer<NotificationsCreated> onNew) {
        Registration[] listening = new Registration[1];
        component.addAttachListener(e -> {
            Object key = new Object();
            listeners.put(key, new Listener(e.getUI(), userId, onNew));
            listening[0] = () -> listeners.remove(key);
        });
        component.addDetachListener(e -> {
            if (listening[0] != null) {
                listening[0].remove();
            }
        });
    }

    void created(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsCreated created) {
        listeners.values().forEach(l -> {
            if (created.recipientIds().contains(l.userId()) && l.ui().isAttached()) {
                l.ui().access(() -> l.onNew().accept(created));
            }
        });
    }

    private record Listener(UI ui, long userId, Consumer<NotificationsCreated> onNew) {
    }
}
