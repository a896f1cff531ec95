package ru.otklik.notify.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification.Position;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Toasts;
import ru.otklik.base.ui.Translations;
import ru.otklik.notify.boundary.Notifications;
import ru.otklik.notify.entity.Notification;
import ru.otklik.notify.entity.NotificationKind;
import ru.otklik.notify.entity.NotificationsCreated;

import java.util.EnumSet;
import java.util.Locale;

/**
 * Уведомления: the user's notifications, newest first, unread in bold; a click opens the message
 * (and marks it read); "mark all read"; and which kinds also come by e-mail. Live: new ones
 * appear by server push. Texts of messages are shown as text only.
 */
@Route("notifications")
@Menu(title = "menu.notifications", order = 5, icon = "vaadin:bell")
@RolesAllowed({Roles.HEAD, Roles.CURATOR, Roles.OPERATOR, Roles.EXECUTOR, Roles.SMM_EDITOR, Roles.MODERATOR,
        Roles.ADMIN})
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final Notifications notifications;
    final Grid<Notification> grid = new Grid<>(Notification.class, false);
    final Checkbox unreadOnly = new Checkbox();

    @Inject
    public NotificationsView(Notifications notifications, NotificationBroadcaster broadcaster) {
        this.notifications = notifications;
        setSizeFull();
        unreadOnly.setLabel(getTranslation("notifications.unread-only"));
        unreadOnly.setId("notifications-unread-only");
        unreadOnly.addValueChangeListener(e -> refresh());
        Button allRead = new Button(getTranslation("notifications.all-read"), e -> {
            notifications.markAllRead();
            refresh();
        });
        allRead.setId("notifications-all-read");
        HorizontalLayout bar = new HorizontalLayout(unreadOnly, allRead);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("notifications.title")), bar, configureGrid(), emailSettings());
        refresh();
        broadcaster.whileAttached(this, notifications.myId(), created -> refresh());
    }

    private Grid<Notification> configureGrid() {
        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> Formats.dateTime(n.getCreatedAt())).setHeader(getTranslation("notifications.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> text(n, getLocale())).setHeader(getTranslation("notifications.what")).setFlexGrow(2);
        grid.addColumn(n -> n.getKind() == NotificationKind.DIGEST || n.getKind() == NotificationKind.CONTENT_SHORTFALL
                || n.getExcerpt() == null ? "" : n.getExcerpt())
                .setHeader(getTranslation("notifications.excerpt")).setFlexGrow(3);
        grid.setPartNameGenerator(n -> n.isRead() ? null : "unread");
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
        return grid;
    }

    private Div emailSettings() {
        CheckboxGroup<NotificationKind> kinds = new CheckboxGroup<>(getTranslation("notifications.email.label"));
        kinds.setId("notifications-email-kinds");
        kinds.setItems(NotificationKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation(k.key()));
        kinds.setValue(notifications.emailKinds());
        Button save = new Button(getTranslation("action.save"), e -> {
            notifications.saveEmailKinds(EnumSet.copyOf(kinds.getValue().isEmpty()
                    ? EnumSet.noneOf(NotificationKind.class) : kinds.getValue()));
            Toasts.success(getTranslation("notifications.email.saved"));
        });
        save.setId("notifications-email-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(new H3(getTranslation("notifications.email.title")), kinds, save);
        if (!notifications.hasEmail()) {
            box.add(new Paragraph(getTranslation("notifications.email.no-address")));
        }
        return box;
    }

    private void open(Notification n) {
        notifications.markRead(n.getId());
        if (n.getKind() == NotificationKind.CONTENT_SHORTFALL) {
            UI.getCurrent().navigate("content");
        } else if (n.getMessageId() != null) {
            UI.getCurrent().navigate("message/" + n.getMessageId());
        } else {
            UI.getCurrent().navigate("control");
        }
    }

    private void refresh() {
        boolean unread = unreadOnly.getValue();
        grid.setItems(q -> notifications.page(unread, q.getOffset(), q.getLimit()).stream(),
                q -> (int) notifications.count(unread));
    }

    /** The notification in words, in the reader's language. */
    static String text(Notification n, Locale locale) {
        String kind = n.getMessageKind() == null ? ""
                : Translations.translateOr("message.kind." + n.getMessageKind() + ".short", locale, n.getMessageKind());
        String due = n.getDueAt() == null ? "" : Formats.dateTime(n.getDueAt());
        if (n.getKind() == NotificationKind.DIGEST) {
            String[] figures = n.getExcerpt() == null ? new String[]{"0", "0"} : n.getExcerpt().split("/", 2);
            return Translations.translate("notification.text.DIGEST", locale, figures[0],
                    figures.length > 1 ? figures[1] : "0");
        }
        if (n.getKind() == NotificationKind.CONTENT_SHORTFALL) {
            String[] parts = shortfall(n.getExcerpt());
            return Translations.translate("notification.text.CONTENT_SHORTFALL", locale, parts[0],
                    Formats.date(java.time.LocalDate.parse(parts[1])), parts[2], parts[3]);
        }
        return Translations.translate("notification.text." + n.getKind().name(), locale,
                n.getMessageId() == null ? "" : String.valueOf(n.getMessageId()), kind, due);
    }

    /** The shortfall's figures kept as "account|week start|posts|target" (R2.4). */
    static String[] shortfall(String excerpt) {
        String[] parts = excerpt == null ? new String[0] : excerpt.split("\\|");
        return parts.length == 4 ? parts : new String[]{"?", "1970-01-01", "0", "0"};
    }

    /** R1.14 in the open app: a toast that stays until closed, with a link to the incident. */
    static void alert(NotificationsCreated created, Locale locale) {
        com.vaadin.flow.component.notification.Notification toast = new com.vaadin.flow.component.notification.Notification();
        toast.addThemeVariants(NotificationVariant.LUMO_ERROR);
        toast.setPosition(Position.BOTTOM_END); // not over the bell and the user menu
        toast.setId("high-importance-alert");
        Span text = new Span(Translations.translate("notification.alert.HIGH_IMPORTANCE", locale,
                created.messageId() == null ? "" : String.valueOf(created.messageId())));
        Button open = new Button(Translations.translate("notification.alert.open", locale), e -> {
            toast.close();
            UI.getCurrent().navigate("message/" + created.messageId());
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> toast.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(Translations.translate("action.close", locale));
        toast.add(new HorizontalLayout(text, open, close));
        toast.setDuration(0);
        toast.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
