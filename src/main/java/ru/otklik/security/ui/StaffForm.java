package ru.otklik.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import ru.otklik.security.boundary.StaffDraft;
import ru.otklik.security.entity.Role;


/**
 * The form of one staff member. It validates with the same Bean Validation rules as the
 * boundary and fires {@link SaveEvent} / {@link CancelEvent}; it never calls a service, so it
 * can be tested as a plain object.
 */
public class StaffForm extends FormLayout {

    final TextField login = new TextField();
    final TextField fullName = new TextField();
    final TextField position = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<StaffDraft> binder = new BeanValidationBinder<>(StaffDraft.class);
    private StaffDraft draft;

    public StaffForm() {
        addClassName("staff-form");
        login.setLabel(getTranslation("staff.login"));
        login.setHelperText(getTranslation("staff.login.help"));
        login.setId("staff-login");
        login.setValueChangeMode(ValueChangeMode.ON_BLUR);
        fullName.setLabel(getTranslation("staff.fullName"));
        fullName.setId("staff-fullName");
        position.setLabel(getTranslation("staff.position"));
        position.setId("staff-position");
        email.setLabel(getTranslation("staff.email"));
        email.setId("staff-email");
        roles.setLabel(getTranslation("staff.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.key()));
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setId("staff-roles");
        for (TextField f : new TextField[]{login, fullName, position}) {
            f.setMaxLength(200);
        }

        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("staff-save");
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(login, fullName, position, email, roles, new HorizontalLayout(save, cancel));
    }

    /** Shows a staff member (or a new one); the login can be chosen only when creating. */
    public void edit(StaffDraft draft) {
        this.draft = draft;
        binder.readBean(draft);
        login.setReadOnly(draft.getId() != null);
    }

    public StaffDraft draft() {
        return draft;
    }

    private void validateAndSave() {
        try {
            binder.writeBean(draft);
            fireEvent(new SaveEvent(this, draft));
        } catch (ValidationException invalid) {
            // the fields show what is wrong
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The user asked to save a valid draft. */
    public static class SaveEvent extends ComponentEvent<StaffForm> {
        private final StaffDraft draft;

        SaveEvent(StaffForm source, StaffDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public StaffDraft draft() {
            return draft;
        }
    }

    /** The user closed the form without saving. */
    public static class CancelEvent extends ComponentEvent<StaffForm> {
        CancelEvent(StaffForm source) {
            super(source, false);
        }
    }
}
