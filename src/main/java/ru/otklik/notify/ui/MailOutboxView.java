package ru.otklik.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Toasts;
import ru.otklik.notify.boundary.MailOutbox;
import ru.otklik.notify.entity.OutgoingMail;

/**
 * Настройки › Электронная почта (ADMIN): every e-mail the application sent or is trying to send,
 * with its state, attempts and the mail server's last error; a waiting or failed one can be sent
 * again at once. The texts are not shown here: only the subject.
 */
@Route("settings/mail")
@Menu(title = "menu.mail", order = 97, icon = "vaadin:envelope")
@RolesAllowed(Roles.ADMIN)
public class MailOutboxView extends VerticalLayout implements HasDynamicTitle {

    private final MailOutbox outbox;
    final Grid<OutgoingMail> grid = new Grid<>(OutgoingMail.class, false);
    final Select<MailOutbox.Show> show = new Select<>();

    @Inject
    public MailOutboxView(MailOutbox outbox) {
        this.outbox = outbox;
        setSizeFull();
        show.setLabel(getTranslation("mail.outbox.show"));
        show.setItems(MailOutbox.Show.values());
        show.setItemLabelGenerator(s -> getTranslation("mail.outbox.show." + s.name()));
        show.setValue(MailOutbox.Show.ALL);
        show.setId("mail-outbox-show");
        show.addValueChangeListener(e -> refresh());
        grid.setId("mail-outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> Formats.dateTimeSeconds(m.getCreatedAt())).setHeader(getTranslation("mail.outbox.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutgoingMail::getAddress).setHeader(getTranslation("mail.outbox.address")).setAutoWidth(true);
        grid.addColumn(OutgoingMail::getSubject).setHeader(getTranslation("mail.outbox.subject")).setFlexGrow(2);
        grid.addColumn(this::state).setHeader(getTranslation("mail.outbox.state")).setAutoWidth(true);
        grid.addColumn(OutgoingMail::getAttempts).setHeader(getTranslation("mail.outbox.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError())
                .setHeader(getTranslation("mail.outbox.error")).setFlexGrow(2);
        grid.addComponentColumn(this::retry).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("mail.outbox.empty"));
        add(new H2(getTranslation("mail.outbox.title")), new Paragraph(getTranslation("mail.outbox.intro")), show, grid);
        refresh();
    }

    private String state(OutgoingMail m) {
        if (m.isSent()) {
            return getTranslation("mail.outbox.state.sent", Formats.dateTime(m.getSentAt()));
        }
        if (m.isFailed()) {
            return getTranslation("mail.outbox.state.failed");
        }
        return getTranslation("mail.outbox.state.waiting", Formats.dateTime(m.getNextAttemptAt()));
    }

    private Button retry(OutgoingMail m) {
        Button retry = new Button(getTranslation("mail.outbox.retry"), e -> {
            try {
                outbox.retryNow(m.getId());
                Toasts.success(getTranslation("mail.outbox.retry.done"));
                refresh();
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
            }
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        retry.setVisible(!m.isSent());
        return retry;
    }

    private void refresh() {
        MailOutbox.Show s = show.getValue();
        grid.setItems(q -> outbox.page(s, q.getOffset(), q.getLimit()).stream(), q -> (int) outbox.count(s));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title");
    }
}
