package ru.otklik.socialaccount.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import ru.otklik.message.entity.Network;
import ru.otklik.security.entity.StaffUser;
import ru.otklik.socialaccount.boundary.AccountDraft;
import ru.otklik.socialaccount.entity.AccountStatus;
import ru.otklik.socialaccount.entity.DesignItem;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The form of one official account: network, name, link, official phone (R2.2), status,
 * description and design checklist (R2.7), responsible staff. Validates with the draft's Bean
 * Validation rules and fires {@link SaveEvent}; it never calls a service.
 */
public class AccountForm extends FormLayout {

    final ComboBox<Network> network = new ComboBox<>();
    final TextField name = new TextField();
    final TextField link = new TextField();
    final TextField phone = new TextField();
    final Select<AccountStatus> status = new Select<>();
    final TextArea description = new TextArea();
    final CheckboxGroup<DesignItem> design = new CheckboxGroup<>();
    final MultiSelectComboBox<StaffUser> responsible = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<AccountDraft> binder = new BeanValidationBinder<>(AccountDraft.class);
    private Map<Long, StaffUser> staffById = Map.of();
    private Map<Long, Network> networkById = Map.of();
    private AccountDraft draft;

    public AccountForm() {
        network.setLabel(getTranslation("account.network"));
        network.setItemLabelGenerator(Network::getName);
        network.setId("account-network");
        name.setLabel(getTranslation("account.name"));
        name.setId("account-name");
        name.setMaxLength(200);
        link.setLabel(getTranslation("account.link"));
        link.setId("account-link");
        link.setPlaceholder("https://vk.com/...");
        phone.setLabel(getTranslation("account.phone"));
        phone.setHelperText(getTranslation("account.phone.help"));
        phone.setId("account-phone");
        status.setLabel(getTranslation("account.status"));
        status.setItems(AccountStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.key()));
        status.setId("account-status");
        description.setLabel(getTranslation("account.description"));
        description.setMaxLength(5000);
        description.setId("account-description");
        design.setLabel(getTranslation("account.design"));
        design.setItems(DesignItem.values());
        design.setItemLabelGenerator(d -> getTranslation(d.key()));
        design.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        design.setId("account-design");
        responsible.setLabel(getTranslation("account.responsible"));
        responsible.setItemLabelGenerator(StaffUser::getFullName);
        responsible.setId("account-responsible");

        binder.forField(network).asRequired(getTranslation("account.network.required"))
                .withConverter(n -> n == null ? null : n.getId(), id -> id == null ? null : networkById.get(id))
                .bind(AccountDraft::getNetworkId, AccountDraft::setNetworkId);
        binder.forField(responsible)
                .withConverter(users -> users.stream().map(StaffUser::getId).collect(Collectors.toSet()),
                        ids -> ids.stream().map(staffById::get).filter(Objects::nonNull).collect(Collectors.toSet()))
                .bind(AccountDraft::getResponsibleIds, AccountDraft::setResponsibleIds);
        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("account-save");
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        setColspan(description, 2);
        add(network, name, link, phone, status, responsible, description, design);
    }

    /** The choices: networks an account may be in, and the staff who may run it. */
    public void choices(List<Network> networks, List<StaffUser> staff) {
        networkById = networks.stream().collect(Collectors.toMap(Network::getId, Function.identity(), (a, b) -> a));
        staffById = staff.stream().collect(Collectors.toMap(StaffUser::getId, Function.identity(), (a, b) -> a));
        network.setItems(networks);
        responsible.setItems(staff);
    }

    /** Shows an account (or a new one); an account's network stays as it was created. */
    public void edit(AccountDraft draft, Network current) {
        if (current != null && !networkById.containsKey(current.getId())) {
            var all = new java.util.ArrayList<>(networkById.values());
            all.add(current);
            networkById = all.stream().collect(Collectors.toMap(Network::getId, Function.identity(), (a, b) -> a));
            network.setItems(all);
        }
        this.draft = draft;
        binder.readBean(draft);
        network.setReadOnly(draft.getId() != null);
    }

    public HorizontalLayout buttons() {
        return new HorizontalLayout(save, cancel);
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
    public static class SaveEvent extends ComponentEvent<AccountForm> {
        private final AccountDraft draft;

        SaveEvent(AccountForm source, AccountDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public AccountDraft draft() {
            return draft;
        }
    }

    /** The user closed the form without saving. */
    public static class CancelEvent extends ComponentEvent<AccountForm> {
        CancelEvent(AccountForm source) {
            super(source, false);
        }
    }

}
