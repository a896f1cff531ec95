package ru.otklik.moderation.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import ru.otklik.moderation.entity.AbuseFlag;
import ru.otklik.moderation.entity.Comment;
import ru.otklik.moderation.entity.CommentState;

import java.util.function.BiFunction;

/** The small coloured labels of the queue: abuse flags, a banned author, the state. */
final class Badges {

    private Badges() {
    }

    static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge " + theme);
        return s;
    }

    /** The flags found at intake and the "author on the blacklist" mark. */
    static FlexLayout flags(Comment c, BiFunction<String, Object[], String> t) {
        FlexLayout box = new FlexLayout();
        box.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        for (AbuseFlag f : c.getFlags()) {
            Span b = badge(t.apply(f.key(), new Object[0]), f == AbuseFlag.SPAM ? "contrast" : "error");
            b.addClassName("moderation-flag");
            box.add(b);
        }
        if (c.isAuthorBanned()) {
            Span b = badge(t.apply("moderation.banned-author", new Object[0]), "error primary");
            b.addClassName("moderation-banned");
            box.add(b);
        }
        return box;
    }

    static Span state(Comment c, BiFunction<String, Object[], String> t) {
        String text = t.apply(c.getState().key(), new Object[0]);
        if (c.getState() == CommentState.DELETED && c.getDeleteReason() != null) {
            text += ": " + t.apply(c.getDeleteReason().key(), new Object[0]);
        }
        return badge(text, switch (c.getState()) {
            case PENDING -> "";
            case KEPT -> "success";
            case DELETED -> "error";
        });
    }
}
