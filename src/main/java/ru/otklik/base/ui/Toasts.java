package ru.otklik.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import ru.otklik.base.control.RequestRefused;

/** Short notifications: "saved" without ceremony, refusals in the user's language. */
public final class Toasts {

    private Toasts() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Shows a boundary's refusal translated from its key. */
    public static void refused(RequestRefused refusal) {
        UI ui = UI.getCurrent();
        error(ui.getTranslation(refusal.key(), refusal.args()));
    }
}
