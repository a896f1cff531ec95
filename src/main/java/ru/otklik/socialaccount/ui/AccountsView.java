package ru.otklik.socialaccount.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.CurrentRequest;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Toasts;
import ru.otklik.security.entity.StaffUser;
import ru.otklik.socialaccount.boundary.AccountDraft;
import ru.otklik.socialaccount.boundary.Accounts;
import ru.otklik.socialaccount.boundary.CredentialState;
import ru.otklik.socialaccount.entity.AccountStatus;
import ru.otklik.socialaccount.entity.CredentialField;
import ru.otklik.socialaccount.entity.DesignItem;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Аккаунты (R2.1, R2.2, R2.7): the official accounts with their status, official phone, the
 * staff who run them and what their design still lacks; an account's card with its credentials,
 * shown one at a time on explicit request (confirmed, audited), copied to the clipboard and
 * hidden again after {@value #REVEAL_SECONDS} seconds.
 */
@Route("accounts")
@Menu(title = "menu.accounts", order = 40, icon = "vaadin:globe")
@RolesAllowed({Roles.SMM_EDITOR, Roles.CURATOR, Roles.ADMIN})
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    static final int REVEAL_SECONDS = 30;

    private final Accounts accounts;
    final Grid<OfficialAccount> grid = new Grid<>(OfficialAccount.class, false);
    final Select<AccountStatus> statusFilter = new Select<>();
    final AccountForm form = new AccountForm();
    private final Dialog editor = new Dialog();
    private final VerticalLayout vault = new VerticalLayout();
    final RevealedSecret revealed = new RevealedSecret();
    private Map<Long, String> staffNames = Map.of();
    private List<OfficialAccount> all = List.of();

    @Inject
    public AccountsView(Accounts accounts) {
        this.accounts = accounts;
        setSizeFull();
        add(new H2(getTranslation("accounts.title")), toolbar(), configureGrid());
        configureEditor();
        refresh();
    }

    private HorizontalLayout toolbar() {
        statusFilter.setLabel(getTranslation("account.status"));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("accounts.all-but-archived"));
        statusFilter.setItems(AccountStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("accounts.all-but-archived")
                : getTranslation(s.key()));
        statusFilter.addValueChangeListener(e -> showFiltered());
        statusFilter.setId("accounts-status");
        Button add = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(), e -> open(new AccountDraft()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("accounts-new");
        HorizontalLayout bar = new HorizontalLayout(statusFilter, add);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (CurrentRequest.hasAnyRole(Roles.ADMIN)) {
            Button rotate = new Button(getTranslation("accounts.rotate-key"), VaadinIcon.KEY.create(),
                    e -> confirmRotation());
            rotate.setId("accounts-rotate-key");
            bar.add(rotate);
        }
        return bar;
    }

    private Grid<OfficialAccount> configureGrid() {
        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> a.getNetwork().getName()).setHeader(getTranslation("account.network")).setAutoWidth(true)
                .setSortable(true);
        grid.addComponentColumn(a -> {
            if (a.getLink() == null) {
                return new Span(a.getName());
            }
            Anchor link = new Anchor(a.getLink(), a.getName()); // text, never HTML
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            return link;
        }).setHeader(getTranslation("account.name")).setFlexGrow(2).setResizable(true);
        grid.addComponentColumn(a -> {
            Span s = new Span(getTranslation(a.getStatus().key()));
            s.getElement().getThemeList().add(switch (a.getStatus()) {
                case ACTIVE -> "badge success";
                case CREATING -> "badge";
                case BLOCKED -> "badge error";
                case ARCHIVED -> "badge contrast";
            });
            return s;
        }).setHeader(getTranslation("account.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OfficialAccount::getPhone).setHeader(getTranslation("account.phone")).setAutoWidth(true);
        grid.addColumn(a -> a.getResponsibleIds().stream().map(staffNames::get).filter(n -> n != null).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("account.responsible")).setFlexGrow(1)
                .setResizable(true);
        grid.addComponentColumn(this::designCell).setHeader(getTranslation("account.design")).setFlexGrow(2);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                OfficialAccount a = accounts.find(e.getValue().getId());
                open(AccountDraft.of(a));
            }
        });
        grid.setEmptyStateText(getTranslation("accounts.empty"));
        return grid;
    }

    private Component designCell(OfficialAccount a) {
        int done = DesignItem.values().length - a.getMissingDesign().size();
        Span count = new Span(getTranslation("accounts.design.count", done, DesignItem.values().length));
        count.getElement().getThemeList().add(a.getMissingDesign().isEmpty() ? "badge success" : "badge");
        if (a.getMissingDesign().isEmpty()) {
            return count;
        }
        Span missing = new Span(getTranslation("accounts.design.missing", a.getMissingDesign().stream()
                .map(d -> getTranslation(d.key()).toLowerCase()).collect(Collectors.joining(", "))));
        missing.addClassName("secondary-text");
        HorizontalLayout cell = new HorizontalLayout(count, missing);
        cell.setSpacing(true);
        cell.setPadding(false);
        return cell;
    }

    private void configureEditor() {
        editor.setHeaderTitle(getTranslation("accounts.editor"));
        editor.setWidth("min(56rem, 95vw)");
        vault.setPadding(false);
        vault.setId("account-vault");
        editor.add(form, vault);
        editor.getFooter().add(form.buttons());
        form.addSaveListener(e -> save(e.draft()));
        form.addCancelListener(e -> close());
        editor.addDialogCloseActionListener(e -> close());
        revealed.setId("vault-revealed");
    }

    private void open(AccountDraft draft) {
        form.choices(accounts.networks(), accounts.staff());
        OfficialAccount existing = draft.getId() == null ? null : accounts.find(draft.getId());
        form.edit(draft, existing == null ? null : existing.getNetwork());
        vault.removeAll();
        if (existing != null) {
            showVault(existing);
        }
        editor.open();
    }

    /** The credentials part of an account's card: what is stored, reveal and change. */
    private void showVault(OfficialAccount account) {
        vault.removeAll();
        CredentialState state = accounts.credentials(account.getId());
        vault.add(new H3(getTranslation("vault.title")));
        if (!state.mayReveal()) {
            vault.add(new Paragraph(getTranslation("vault.not-yours")));
            return;
        }
        vault.add(new Paragraph(state.updatedAt() == null ? getTranslation("vault.empty")
                : getTranslation("vault.updated", Formats.dateTime(state.updatedAt()), state.updatedBy())));
        HorizontalLayout reveals = new HorizontalLayout();
        for (CredentialField f : CredentialField.values()) {
            Button show = new Button(getTranslation("vault.show", getTranslation(f.key())), VaadinIcon.EYE.create(),
                    e -> confirmReveal(account, f));
            show.setId("vault-show-" + f.name().toLowerCase());
            show.setEnabled(state.stored().contains(f));
            reveals.add(show);
        }
        revealed.hide();
        Button copy = new Button(getTranslation("vault.copy"), VaadinIcon.COPY.create(), e -> copyRevealed());
        copy.setId("vault-copy");
        copy.setVisible(false);
        revealed.setSuffixComponent(copy);
        vault.add(reveals, revealed, changeForm(account));
    }

    private Component changeForm(OfficialAccount account) {
        TextField login = new TextField(getTranslation(CredentialField.LOGIN.key()));
        login.setId("vault-login");
        PasswordField password = new PasswordField(getTranslation(CredentialField.PASSWORD.key()));
        password.setId("vault-password");
        TextArea recovery = new TextArea(getTranslation(CredentialField.RECOVERY.key()));
        recovery.setId("vault-recovery");
        login.setMaxLength(500);
        password.setMaxLength(500);
        recovery.setMaxLength(2000);
        Button store = new Button(getTranslation("vault.store"), e -> {
            Map<CredentialField, String> values = new EnumMap<>(CredentialField.class);
            if (!login.isEmpty()) {
                values.put(CredentialField.LOGIN, login.getValue());
            }
            if (!password.isEmpty()) {
                values.put(CredentialField.PASSWORD, password.getValue());
            }
            if (!recovery.isEmpty()) {
                values.put(CredentialField.RECOVERY, recovery.getValue());
            }
            if (values.isEmpty()) {
                Toasts.error(getTranslation("vault.nothing-entered"));
                return;
            }
            try {
                accounts.storeCredentials(account.getId(), values);
                Toasts.success(getTranslation("vault.stored"));
                showVault(account);
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
            }
        });
        store.setId("vault-store");
        Span help = new Span(getTranslation("vault.change.help"));
        help.addClassName("secondary-text");
        VerticalLayout change = new VerticalLayout(help, new HorizontalLayout(login, password), recovery, store);
        change.setPadding(false);
        return change;
    }

    private void confirmReveal(OfficialAccount account, CredentialField field) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("vault.confirm.title", getTranslation(field.key())));
        confirm.setText(getTranslation("vault.confirm.text", account.getName(), REVEAL_SECONDS));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("vault.confirm.ok"));
        confirm.addConfirmListener(e -> reveal(account, field));
        confirm.setId("vault-confirm");
        confirm.open();
    }

    private void reveal(OfficialAccount account, CredentialField field) {
        try {
            String value = accounts.reveal(account.getId(), field);
            revealed.show(getTranslation(field.key()), value, REVEAL_SECONDS);
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
    }

    private void copyRevealed() {
        revealed.getElement().executeJs("return navigator.clipboard.writeText($0).then(() => true, () => false)",
                revealed.getValue()).then(Boolean.class, ok -> {
                    if (Boolean.TRUE.equals(ok)) {
                        Toasts.success(getTranslation("vault.copied"));
                    } else {
                        Toasts.error(getTranslation("vault.copy-failed"));
                    }
                });
    }

    private void confirmRotation() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("vault.rotate.title"));
        confirm.setText(getTranslation("vault.rotate.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("vault.rotate.ok"));
        confirm.addConfirmListener(e -> {
            try {
                int count = accounts.rotateKey();
                Toasts.success(getTranslation("vault.rotated", count));
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
            }
        });
        confirm.open();
    }

    private void save(AccountDraft draft) {
        try {
            OfficialAccount saved = accounts.save(draft);
            Toasts.success(getTranslation("accounts.saved", saved.getName()));
            close();
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
    }

    private void close() {
        revealed.hide();
        editor.close();
        grid.asSingleSelect().clear();
        refresh();
    }

    private void refresh() {
        staffNames = accounts.staff().stream().collect(Collectors.toMap(StaffUser::getId, StaffUser::getFullName,
                (a, b) -> a));
        all = accounts.list();
        showFiltered();
    }

    private void showFiltered() {
        AccountStatus s = statusFilter.getValue();
        grid.setItems(all.stream().filter(a -> s == null ? a.getStatus() != AccountStatus.ARCHIVED : a.getStatus() == s)
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.accounts");
    }

}
