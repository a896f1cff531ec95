package ru.otklik.message.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.message.boundary.MessageFilter;
import ru.otklik.message.boundary.Messages;
import ru.otklik.message.entity.Message;
import ru.otklik.security.boundary.Staff;
import ru.otklik.worktime.boundary.WorkingTimes;

import java.time.Clock;
import java.util.List;

/** Мои задачи: the open messages assigned to me, nearest deadline first (R1.12). */
@Route("my-tasks")
@Menu(title = "menu.my-tasks", order = 11, icon = "vaadin:tasks")
@RolesAllowed(Roles.EXECUTOR)
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    private final Messages messages;
    private final WorkingTimes workingTimes;
    private final MessageBroadcaster broadcaster;
    private final long organisationId;
    private final long me;
    private final Clock clock;
    private final Div tasks = new Div();

    @Inject
    public MyTasksView(Messages messages, Staff staff, WorkingTimes workingTimes, MessageBroadcaster broadcaster,
                       CurrentOrganisation organisation, Clock clock) {
        this.messages = messages;
        this.workingTimes = workingTimes;
        this.broadcaster = broadcaster;
        this.organisationId = organisation.id();
        this.me = staff.me().getId();
        this.clock = clock;
        setMaxWidth("56rem");
        tasks.setId("my-tasks");
        tasks.addClassName("card-list");
        add(new H2(getTranslation("my-tasks.title")), tasks);
        refresh();
        broadcaster.whileAttached(this, organisationId, this::refresh);
    }

    private void refresh() {
        tasks.removeAll();
        List<Message> mine = messages.page(MessageFilter.all().withOpenOnly(true).withExecutor(me), List.of(), 0, 200);
        if (mine.isEmpty()) {
            tasks.add(new Paragraph(getTranslation("my-tasks.empty")));
        }
        for (Message m : mine) {
            Paragraph status = new Paragraph(getTranslation(m.getStatus().key()));
            status.addClassName("muted");
            tasks.add(MessageCards.card(m, workingTimes, clock.instant(), getLocale(),
                    this::getTranslation, status));
        }
    }


    @Override
    public String getPageTitle() {
        return getTranslation("my-tasks.title");
    }
}
