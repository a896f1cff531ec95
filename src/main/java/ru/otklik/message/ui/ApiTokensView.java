package ru.otklik.message.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.FriendlyErrors;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Toasts;
import ru.otklik.message.boundary.ApiTokens;
import ru.otklik.message.entity.ApiToken;

/**
 * Настройки → API-токены: tokens with which monitoring software posts messages
 * ({@code POST /api/v1/messages}). A new token is shown once; only its hash is stored. The list
 * shows when each was last used; a token is revoked, never edited.
 */
@Route("settings/api-tokens")
@Menu(title = "menu.api-tokens", order = 85, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokens tokens;
    final Grid<ApiToken> grid = new Grid<>(ApiToken.class, false);

    @Inject
    public ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        setMaxWidth("64rem");
        TextField name = new TextField(getTranslation("tokens.name"));
        name.setPlaceholder(getTranslation("tokens.name.placeholder"));
        name.setMaxLength(100);
        name.setId("token-name");
        Button create = new Button(getTranslation("tokens.create"), VaadinIcon.PLUS.create(), e -> {
            try {
                ApiTokens.IssuedToken issued = tokens.create(name.getValue());
                name.clear();
                show(issued);
                refresh();
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
            } catch (RuntimeException invalid) {
                Toasts.error(FriendlyErrors.describe(getUI().orElseThrow(), invalid));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("token-create");
        HorizontalLayout bar = new HorizontalLayout(name, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.setId("tokens-grid");
        grid.addColumn(ApiToken::getName).setHeader(getTranslation("tokens.name")).setFlexGrow(2);
        grid.addColumn(t -> t.getTokenPrefix() + "…").setHeader(getTranslation("tokens.prefix")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.getCreatedAt()) + ", " + t.getCreatedBy())
                .setHeader(getTranslation("tokens.created")).setAutoWidth(true);
        grid.addColumn(t -> t.getLastUsedAt() == null ? getTranslation("tokens.never") : Formats.dateTime(t.getLastUsedAt()))
                .setHeader(getTranslation("tokens.last-used")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (t.isRevoked()) {
                return new Span(getTranslation("tokens.revoked", Formats.dateTime(t.getRevokedAt())));
            }
            Button revoke = new Button(getTranslation("tokens.revoke"), e -> confirmRevoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("tokens.empty"));
        Anchor api = new Anchor("api/v1/openapi.yaml", getTranslation("tokens.openapi"));
        api.setTarget("_blank");
        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")), api, bar, grid);
        refresh();
    }

    private void show(ApiTokens.IssuedToken issued) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("tokens.created-title", issued.token().getName()));
        Span text = new Span(issued.text());
        text.addClassName("one-time-password");
        text.setId("token-text");
        Button copy = new Button(getTranslation("action.copy"), VaadinIcon.COPY.create(),
                e -> text.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", issued.text()));
        Button done = new Button(getTranslation("action.done"), e -> d.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new Paragraph(getTranslation("tokens.created-text")), text);
        d.getFooter().add(copy, done);
        d.setCloseOnOutsideClick(false);
        d.open();
    }

    private void confirmRevoke(ApiToken t) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("tokens.revoke"),
                getTranslation("tokens.revoke.confirm", t.getName()), getTranslation("tokens.revoke"), e -> {
            tokens.revoke(t.getId());
            Toasts.success(getTranslation("tokens.revoked-now", t.getName()));
            refresh();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
