package ru.otklik.message.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import ru.otklik.message.entity.MessageStatus;
import ru.otklik.worktime.boundary.WorkingTimes;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

/**
 * Контроль исполнения (R1.4, decree item 4): the curator's board of what needs attention now:
 * overdue, due today, waiting for the head, drafts to review, answers to post.
 */
@Route("control")
@Menu(title = "menu.control", order = 13, icon = "vaadin:dashboard")
@RolesAllowed(Roles.CURATOR)
public class ControlBoardView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 10;

    private final Messages messages;
    private final WorkingTimes workingTimes;
    private final MessageBroadcaster broadcaster;
    private final long organisationId;
    private final Clock clock;
    private final Div board = new Div();

    @Inject
    public ControlBoardView(Messages messages, WorkingTimes workingTimes, MessageBroadcaster broadcaster,
                            CurrentOrganisation organisation, Clock clock) {
        this.messages = messages;
        this.workingTimes = workingTimes;
        this.broadcaster = broadcaster;
        this.organisationId = organisation.id();
        this.clock = clock;
        setWidthFull();
        board.addClassName("control-board");
        board.setId("control-board");
        add(new H2(getTranslation("control.title")), board);
        refresh();
        broadcaster.whileAttached(this, organisationId, this::refresh);
    }

    private void refresh() {
        board.removeAll();
        MessageFilter open = MessageFilter.all().withOpenOnly(true);
        section("overdue", open.withOverdue(true));
        section("due-today", open.withDueToday(true));
        section("awaiting-head", open.withStatuses(EnumSet.of(MessageStatus.AWAITING_HEAD)));
        section("in-review", open.withStatuses(EnumSet.of(MessageStatus.IN_REVIEW)));
        section("to-post", open.withStatuses(EnumSet.of(MessageStatus.APPROVED)));
        section("new", open.withStatuses(EnumSet.of(MessageStatus.REGISTERED, MessageStatus.TRIAGED)));
    }

    private void section(String name, MessageFilter filter) {
        long count = messages.count(filter);
        Div section = new Div();
        section.addClassName("control-section");
        section.setId("control-" + name);
        Span number = new Span(String.valueOf(count));
        number.getElement().getThemeList().add(name.equals("overdue") && count > 0 ? "badge error" : "badge contrast");
        number.addClassName("control-count");
        H3 title = new H3(getTranslation("control." + name));
        title.add(new Span(" "), number);
        section.add(title);
        List<Message> shown = messages.page(filter, List.of(), 0, SHOWN);
        if (shown.isEmpty()) {
            section.add(new Paragraph(getTranslation("control.none")));
        }
        for (Message m : shown) {
            section.add(MessageCards.card(m, workingTimes, clock.instant(), getLocale(),
                    this::getTranslation));
        }
        if (count > SHOWN) {
            section.add(new Paragraph(getTranslation("control.more", count - SHOWN)));
        }
        board.add(section);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("control.title");
    }
}
