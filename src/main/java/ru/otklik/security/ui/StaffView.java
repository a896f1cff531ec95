package ru.otklik.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Toasts;
import ru.otklik.security.boundary.IssuedPassword;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.boundary.StaffDraft;
import ru.otklik.security.entity.StaffUser;

import java.util.stream.Collectors;

/**
 * Staff and roles (Настройки → Сотрудники и роли): ADMIN creates, edits, deactivates and
 * reactivates users, assigns roles and issues one-time passwords. Nobody is ever deleted.
 */
@Route("settings/staff")
@Menu(title = "menu.staff", order = 81, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class StaffView extends VerticalLayout implements HasDynamicTitle {

    private final Staff staff;
    final Grid<StaffUser> grid = new Grid<>(StaffUser.class, false);
    final TextField search = new TextField();
    final Checkbox showInactive = new Checkbox();
    final StaffForm form = new StaffForm();
    private final Dialog editor = new Dialog();
    private final Button resetPassword = new Button();
    private final Button toggleActive = new Button();

    @Inject
    public StaffView(Staff staff) {
        this.staff = staff;
        setSizeFull();
        add(new H2(getTranslation("staff.title")), toolbar(), configureGrid());
        configureEditor();
        refresh();
    }

    private HorizontalLayout toolbar() {
        search.setPlaceholder(getTranslation("staff.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setId("staff-search");
        showInactive.setLabel(getTranslation("staff.show-inactive"));
        showInactive.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("staff.new"), VaadinIcon.PLUS.create(), e -> open(new StaffDraft()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("staff-new");
        HorizontalLayout bar = new HorizontalLayout(search, showInactive, add);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.expand(search);
        return bar;
    }

    private Grid<StaffUser> configureGrid() {
        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StaffUser::getLogin).setHeader(getTranslation("staff.login")).setResizable(true).setAutoWidth(true);
        grid.addColumn(StaffUser::getFullName).setHeader(getTranslation("staff.fullName")).setResizable(true)
                .setFlexGrow(2);
        grid.addColumn(StaffUser::getPosition).setHeader(getTranslation("staff.position")).setResizable(true);
        grid.addColumn(u -> u.getRoles().stream().map(r -> getTranslation(r.key())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("staff.roles")).setResizable(true).setFlexGrow(2);
        grid.addComponentColumn(u -> {
            Span status = new Span(getTranslation(u.isActive() ? "staff.active" : "staff.inactive"));
            status.getElement().getThemeList().add(u.isActive() ? "badge success" : "badge contrast");
            return status;
        }).setHeader(getTranslation("staff.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> Formats.dateTime(u.getLastLoginAt())).setHeader(getTranslation("staff.lastLogin"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(StaffDraft.of(staff.find(e.getValue().getId())));
            }
        });
        grid.setEmptyStateText(getTranslation("staff.empty"));
        return grid;
    }

    private void configureEditor() {
        editor.setHeaderTitle(getTranslation("staff.editor"));
        editor.setWidth("32rem");
        editor.add(form);
        resetPassword.setText(getTranslation("staff.reset-password"));
        resetPassword.setId("staff-reset-password");
        resetPassword.addClickListener(e -> confirmReset());
        toggleActive.setId("staff-toggle-active");
        toggleActive.addClickListener(e -> toggleActive());
        editor.getFooter().add(resetPassword, toggleActive);
        form.addSaveListener(e -> save(e.draft()));
        form.addCancelListener(e -> close());
        editor.addDialogCloseActionListener(e -> close());
    }

    private void open(StaffDraft draft) {
        form.edit(draft);
        boolean existing = draft.getId() != null;
        resetPassword.setVisible(existing);
        toggleActive.setVisible(existing);
        if (existing) {
            boolean active = staff.find(draft.getId()).isActive();
            toggleActive.setText(getTranslation(active ? "staff.deactivate" : "staff.activate"));
            toggleActive.getElement().getThemeList().set("error", active);
        }
        editor.open();
    }

    private void close() {
        editor.close();
        grid.asSingleSelect().clear();
    }

    private void save(StaffDraft draft) {
        try {
            if (draft.getId() == null) {
                IssuedPassword issued = staff.create(draft);
                close();
                showOneTimePassword(issued, "staff.created");
            } else {
                staff.update(draft);
                close();
                Toasts.success(getTranslation("staff.saved", draft.getFullName()));
            }
            refresh();
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
    }

    private void confirmReset() {
        StaffDraft draft = form.draft();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("staff.reset-password"),
                getTranslation("staff.reset-password.confirm", draft.getFullName()),
                getTranslation("staff.reset-password"), e -> {
                    IssuedPassword issued = staff.resetPassword(draft.getId());
                    close();
                    showOneTimePassword(issued, "staff.password-reset");
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void toggleActive() {
        StaffDraft draft = form.draft();
        try {
            StaffUser user = staff.find(draft.getId());
            if (user.isActive()) {
                staff.deactivate(user.getId());
                Toasts.success(getTranslation("staff.deactivated", user.getFullName()));
            } else {
                staff.activate(user.getId());
                Toasts.success(getTranslation("staff.activated", user.getFullName()));
            }
            close();
            refresh();
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
    }

    /** Shows a new one-time password once, to be handed to the staff member. */
    private void showOneTimePassword(IssuedPassword issued, String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey, issued.user().getFullName()));
        Span password = new Span(issued.oneTimePassword());
        password.setId("one-time-password");
        password.addClassName("one-time-password");
        Paragraph text = new Paragraph(getTranslation("staff.one-time-password.text", issued.user().getLogin()));
        Button copy = new Button(getTranslation("action.copy"), VaadinIcon.COPY.create(),
                e -> password.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                        issued.oneTimePassword()));
        Button done = new Button(getTranslation("action.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("one-time-password-done");
        dialog.add(text, password);
        dialog.getFooter().add(copy, done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void refresh() {
        String text = search.getValue();
        boolean inactive = showInactive.getValue();
        grid.setItems(q -> staff.page(text, inactive, q.getOffset(), q.getLimit()).stream(),
                q -> (int) staff.count(text, inactive));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title");
    }
}
