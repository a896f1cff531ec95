package ru.otklik.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The common look of the error pages: a title, a sentence, a way back. */
abstract class ErrorPage extends VerticalLayout {

    protected void show(String titleKey, String text) {
        removeAll();
        addClassName("error-page");
        H2 title = new H2(getTranslation(titleKey));
        Paragraph explanation = new Paragraph(text);
        Anchor home = new Anchor("", getTranslation("error.go-home"));
        add(title, explanation, home);
    }
}
