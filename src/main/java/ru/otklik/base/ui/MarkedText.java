package ru.otklik.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Comparator;
import java.util.List;

/**
 * A draft shown with marked places and a hint for each (the style check of answers and posts,
 * R1.10, R2.8): the text is put in as text nodes and the hints as attributes, never as HTML, so
 * whatever the draft holds stays inert. Knows nothing of how the marks were found.
 */
public class MarkedText extends Div {

    /** One marked place: characters {@code start} to {@code end} of the text, what to say about it. */
    public record Mark(int start, int end, String kind, String hint) {
    }

    private final Span score = new Span();
    private final Div text = new Div();
    private final UnorderedList hints = new UnorderedList();

    public MarkedText() {
        addClassName("marked-text");
        score.addClassName("marked-text-score");
        text.addClassName("marked-text-body");
        hints.addClassName("marked-text-hints");
        add(score, text, hints);
    }

    /**
     * Shows the text with its marks (overlapping ones after the first are listed but not marked),
     * the score's label, and one line per mark.
     */
    public void show(String draft, List<Mark> marks, String scoreLabel, boolean good) {
        text.removeAll();
        hints.removeAll();
        score.setText(scoreLabel);
        score.getElement().getThemeList().clear();
        score.getElement().getThemeList().add(good ? "badge success" : "badge error");
        String body = draft == null ? "" : draft;
        int at = 0;
        for (Mark m : marks.stream().sorted(Comparator.comparingInt(Mark::start)).toList()) {
            if (m.start() < at || m.end() > body.length() || m.start() >= m.end()) {
                continue;
            }
            if (m.start() > at) {
                text.add(new Text(body.substring(at, m.start())));
            }
            Span marked = new Span(body.substring(m.start(), m.end()));
            marked.addClassName("text-mark");
            marked.addClassName("text-mark-" + m.kind().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            marked.getElement().setAttribute("title", m.hint());
            text.add(marked);
            at = m.end();
        }
        if (at < body.length()) {
            text.add(new Text(body.substring(at)));
        }
        for (Mark m : marks) {
            hints.add(new ListItem(m.hint()));
        }
        text.setVisible(!marks.isEmpty());
        hints.setVisible(!marks.isEmpty());
    }
}
