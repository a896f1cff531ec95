package ru.otklik.demo.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Toasts;
import ru.otklik.demo.boundary.DemoData;

/**
 * Настройки → Демо-данные (ADMIN): load the demo data set of a fictional settlement, or remove it
 * in one action; both behind a dialog that says exactly what happens.
 */
@Route("settings/demo")
@Menu(title = "menu.demo", order = 89, icon = "vaadin:magic")
@RolesAllowed(Roles.ADMIN)
public class DemoView extends VerticalLayout implements HasDynamicTitle {

    private final DemoData demo;
    private final Paragraph state = new Paragraph();
    private final Button load = new Button();
    private final Button remove = new Button();

    @Inject
    public DemoView(DemoData demo) {
        this.demo = demo;
        setMaxWidth("56rem");
        state.setId("demo-state");
        load.setText(getTranslation("demo.load"));
        load.setId("demo-load");
        load.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        load.addClickListener(e -> confirm("demo.load.confirm", "demo.load", this::doLoad));
        remove.setText(getTranslation("demo.remove"));
        remove.setId("demo-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> confirm("demo.remove.confirm", "demo.remove", this::doRemove));
        add(new H2(getTranslation("demo.title")), new Paragraph(getTranslation("demo.intro")), state,
                new HorizontalLayout(load, remove));
        refresh();
    }

    private void refresh() {
        boolean present = demo.present();
        state.setText(getTranslation(present ? "demo.state.present" : "demo.state.absent"));
        load.setEnabled(!present);
        remove.setEnabled(present);
    }

    private void confirm(String text, String action, Runnable then) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("demo-confirm");
        dialog.setHeader(getTranslation(action));
        dialog.setText(getTranslation(text));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(action));
        dialog.addConfirmListener(e -> then.run());
        dialog.open();
    }

    private void doLoad() {
        try {
            demo.load();
            Toasts.success(getTranslation("demo.loaded"));
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
        refresh();
    }

    private void doRemove() {
        try {
            demo.remove();
            Toasts.success(getTranslation("demo.removed"));
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demo.title");
    }
}
