package ru.otklik.message.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.worktime.boundary.WorkingTimes;

import java.time.Instant;
import java.util.Locale;
import java.util.function.BiFunction;

/** A compact card of a message for queues and boards: number, kind, deadline, the start of the text. */
final class MessageCards {

    private MessageCards() {
    }

    static Div card(Message m, WorkingTimes time, Instant now, Locale locale,
                    BiFunction<String, Object[], String> translate, Component... extra) {
        Div card = new Div();
        card.addClassNames("card", "message-card");
        card.setId("card-" + m.getId());
        RouterLink number = new RouterLink("№" + m.getId(), MessageView.class, m.getId());
        Span kind = new Span(translate.apply(m.getKind().key() + ".short", new Object[0]));
        kind.getElement().getThemeList().add(m.getKind() == MessageKind.HIGH_IMPORTANCE ? "badge error" : "badge");
        Div head = new Div(number, new Span(" "), kind, new Span(" "),
                DeadlineBadge.of(m, time, now, locale, translate));
        head.addClassName("message-card-head");
        Div text = new Div();
        text.setText(MessagesView.abbreviate(m.getText()));
        text.addClassName("message-card-text");
        card.add(head, text);
        card.add(extra);
        return card;
    }
}
