package ru.otklik.message.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Toasts;
import ru.otklik.message.boundary.MessageFilter;
import ru.otklik.message.boundary.Messages;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageStatus;
import ru.otklik.security.entity.StaffUser;
import ru.otklik.worktime.boundary.WorkingTimes;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

/**
 * Назначение исполнителей (R1.6, R1.12): the head's queue of messages awaiting an executor,
 * nearest deadline first, each assigned in one click from the short list of staff. Built of
 * cards, so it works on a phone at night.
 */
@Route("assignments")
@Menu(title = "menu.assignments", order = 12, icon = "vaadin:user-check")
@RolesAllowed(Roles.HEAD)
public class AssignmentsView extends VerticalLayout implements HasDynamicTitle {

    private final Messages messages;
    private final WorkingTimes workingTimes;
    private final MessageBroadcaster broadcaster;
    private final long organisationId;
    private final Clock clock;
    private final Div queue = new Div();

    @Inject
    public AssignmentsView(Messages messages, WorkingTimes workingTimes, MessageBroadcaster broadcaster,
                           CurrentOrganisation organisation, Clock clock) {
        this.messages = messages;
        this.workingTimes = workingTimes;
        this.broadcaster = broadcaster;
        this.organisationId = organisation.id();
        this.clock = clock;
        setMaxWidth("56rem");
        queue.setId("assignments-queue");
        queue.addClassName("card-list");
        add(new H2(getTranslation("assignments.title")), new Paragraph(getTranslation("assignments.intro")), queue);
        refresh();
        broadcaster.whileAttached(this, organisationId, this::refresh);
    }

    private void refresh() {
        queue.removeAll();
        List<Message> waiting = messages.page(MessageFilter.all().withStatuses(EnumSet.of(MessageStatus.AWAITING_HEAD)),
                List.of(), 0, 200);
        if (waiting.isEmpty()) {
            queue.add(new Paragraph(getTranslation("assignments.empty")));
            return;
        }
        List<StaffUser> executors = messages.executors();
        for (Message m : waiting) {
            ComboBox<StaffUser> executor = new ComboBox<>();
            executor.setItems(executors);
            executor.setItemLabelGenerator(StaffUser::getFullName);
            executor.setPlaceholder(getTranslation("messages.executor"));
            executor.setId("assign-" + m.getId());
            Button assign = new Button(getTranslation("message.action.ASSIGN_EXECUTOR"), e -> {
                if (executor.getValue() == null) {
                    executor.setInvalid(true);
                    return;
                }
                try {
                    messages.assignExecutor(m.getId(), m.getVersion(), executor.getValue().getId());
                    Toasts.success(getTranslation("assignments.done", m.getId(), executor.getValue().getFullName()));
                } catch (RequestRefused refused) {
                    Toasts.refused(refused);
                }
                refresh();
            });
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            assign.setId("assign-button-" + m.getId());
            HorizontalLayout pick = new HorizontalLayout(executor, assign);
            pick.setWrap(true);
            queue.add(MessageCards.card(m, workingTimes, clock.instant(), getLocale(),
                    this::getTranslation, pick));
        }
    }


    @Override
    public String getPageTitle() {
        return getTranslation("assignments.title");
    }
}
