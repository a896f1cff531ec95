package ru.otklik.notify.ui;

import com.vaadin.flow.component.Component;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import ru.otklik.base.ui.Listeners;
import ru.otklik.notify.entity.NotificationsCreated;

import java.util.function.Consumer;

/**
 * Tells a user's open screens (the bell, the notifications page) that they have new
 * notifications, after the transaction that wrote them committed, by server push; the screens
 * read them in a request of their own user.
 */
@ApplicationScoped
public class NotificationBroadcaster {

    private final Listeners<NotificationsCreated> listeners = new Listeners<>();

    /** Calls {@code onNew} for each new notification of the user while the component is attached. */
    public void whileAttached(Component component, long userId, Consumer<NotificationsCreated> onNew) {
        listeners.whileAttached(component, created -> created.recipientIds().contains(userId), onNew);
    }

    void created(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsCreated created) {
        listeners.fire(created);
    }
}
