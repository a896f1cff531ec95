package ru.otklik.notify.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import ru.otklik.base.ui.ShellItem;
import ru.otklik.base.ui.Translations;
import ru.otklik.notify.boundary.Notifications;
import ru.otklik.notify.entity.NotificationKind;

import java.util.Locale;

/**
 * The bell in the shell's header: the number of unread notifications, kept live by server push;
 * a new high-importance incident also shows a toast at once (R1.14). A click opens the
 * notifications page.
 */
@Dependent
public class NotificationBell implements ShellItem {

    @Inject
    Notifications notifications;

    @Inject
    NotificationBroadcaster broadcaster;

    @Override
    public Component create() {
        long me;
        try {
            me = notifications.myId();
        } catch (EJBAccessException noStaffRole) {
            return null;
        }
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell");
        bell.addClassName("notification-bell");
        Span badge = new Span();
        badge.setId("notification-count");
        badge.getElement().getThemeList().add("badge error primary small pill");
        bell.setSuffixComponent(badge);
        Locale locale = UI.getCurrent() == null ? Translations.RUSSIAN : UI.getCurrent().getLocale();
        Runnable update = () -> {
            long unread = notifications.unread();
            badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
            badge.setVisible(unread > 0);
            bell.setAriaLabel(Translations.translate("notifications.bell", locale, unread));
            bell.setTooltipText(Translations.translate("notifications.bell", locale, unread));
        };
        update.run();
        bell.addClickListener(e -> UI.getCurrent().navigate(NotificationsView.class));
        broadcaster.whileAttached(bell, me, created -> {
            update.run();
            if (created.kind() == NotificationKind.HIGH_IMPORTANCE) {
                NotificationsView.alert(created, locale);
            }
        });
        bell.addAttachListener(e -> update.run());
        return bell;
    }

    @Override
    public int order() {
        return 10;
    }
}
