package ru.otklik.demo.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import ru.otklik.base.ui.LoginNote;
import ru.otklik.demo.boundary.DemoData;
import ru.otklik.demo.entity.DemoAccount;

import java.util.List;

/**
 * The login page's table of demo logins and their known password, shown only while the demo data
 * set is loaded ({@link DemoData#accounts()} is empty otherwise), so a newcomer can try each role.
 */
@Dependent
public class DemoLoginNote implements LoginNote {

    @Inject
    DemoData demo;

    @Override
    public Component create() {
        List<DemoAccount> accounts = demo.accounts();
        if (accounts.isEmpty()) {
            return null;
        }
        UI ui = UI.getCurrent();
        Div box = new Div();
        box.setId("demo-logins");
        box.addClassName("demo-logins");
        box.getStyle().set("max-width", "28rem").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px dashed var(--lumo-contrast-40pct)").set("border-radius", "var(--lumo-border-radius-m)");
        box.add(new H3(ui.getTranslation("demo.login.title")), new Paragraph(ui.getTranslation("demo.login.intro")));
        for (DemoAccount a : accounts) {
            Div row = new Div(new Span(ui.getTranslation(a.roleKey()) + ": "), code(a.login()), new Span(" / "),
                    code(a.password()));
            row.addClassName("demo-login");
            box.add(row);
        }
        return box;
    }

    private static Span code(String text) {
        Span s = new Span(text); // plain text, never markup
        s.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        return s;
    }
}
