package ru.otklik.moderation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Toasts;
import ru.otklik.moderation.boundary.BanFilter;
import ru.otklik.moderation.boundary.Blacklists;
import ru.otklik.moderation.boundary.Moderation;
import ru.otklik.moderation.entity.Blacklisting;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.time.Clock;
import java.util.Map;

/**
 * Чёрный список (R2.9): who is banned, where (one account, or all the organisation's accounts in
 * a network), why, until when, by whom and when; the bans that hold now by default, the ended
 * ones on request, with how they ended (by themselves, or removed early and why). A ban is
 * removed early only with a reason.
 */
@Route("moderation/blacklist")
@Menu(title = "menu.blacklist", order = 51, icon = "vaadin:ban")
@RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN})
public class BlacklistView extends VerticalLayout implements HasDynamicTitle {

    private final Blacklists blacklists;
    private final Clock clock;
    final Grid<Blacklisting> grid = new Grid<>(Blacklisting.class, false);
    final TextField search = new TextField();
    final Checkbox activeOnly = new Checkbox();
    final ComboBox<OfficialAccount> account = new ComboBox<>();
    private final Span total = new Span();

    @Inject
    public BlacklistView(Blacklists blacklists, Moderation moderation, Clock clock) {
        this.blacklists = blacklists;
        this.clock = clock;
        setSizeFull();
        total.addClassName("muted");
        total.setId("blacklist-total");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("blacklist.title")), total);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        search.setPlaceholder(getTranslation("blacklist.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("blacklist-search");
        activeOnly.setLabel(getTranslation("blacklist.active-only"));
        activeOnly.setValue(true);
        activeOnly.setId("blacklist-active");
        account.setPlaceholder(getTranslation("moderation.account"));
        account.setItems(moderation.accounts());
        account.setItemLabelGenerator(a -> a.getName() + " (" + a.getNetwork().getName() + ")");
        account.setClearButtonVisible(true);
        account.setId("blacklist-account");
        search.addValueChangeListener(e -> refresh());
        activeOnly.addValueChangeListener(e -> refresh());
        account.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, account, activeOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(title, filters, configureGrid());
        refresh();
    }

    private Grid<Blacklisting> configureGrid() {
        grid.setId("blacklist-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(b -> {
            Button author = new Button(b.getAuthorLabel(), e -> UI.getCurrent().navigate(AuthorView.class,
                    QueryParameters.simple(Map.of("network", String.valueOf(b.getNetwork().getId()),
                            "author", b.getAuthorId()))));
            author.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            author.getElement().setAttribute("title", b.getAuthorId());
            return author;
        }).setHeader(getTranslation("moderation.author")).setAutoWidth(true).setResizable(true);
        grid.addColumn(b -> b.getNetwork().getName()).setHeader(getTranslation("blacklist.network")).setAutoWidth(true);
        grid.addColumn(b -> BanColumns.scope(b, this::getTranslation)).setHeader(getTranslation("blacklist.scope"))
                .setAutoWidth(true).setResizable(true);
        grid.addColumn(b -> getTranslation(b.getReason().key())).setHeader(getTranslation("moderation.ban.reason"))
                .setAutoWidth(true);
        grid.addColumn(b -> getTranslation(b.getTerm().key())).setHeader(getTranslation("moderation.ban.term"))
                .setAutoWidth(true);
        grid.addColumn(b -> BanColumns.until(b, this::getTranslation)).setHeader(getTranslation("blacklist.until"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.getBannedBy() + ", " + Formats.dateTime(b.getBannedAt()))
                .setHeader(getTranslation("blacklist.banned-by")).setAutoWidth(true);
        grid.addColumn(b -> b.getNote() == null ? "" : b.getNote()).setHeader(getTranslation("moderation.ban.note"))
                .setFlexGrow(2).setResizable(true);
        grid.addComponentColumn(b -> BanColumns.status(b, clock.instant(), this::getTranslation))
                .setHeader(getTranslation("blacklist.status")).setAutoWidth(true);
        grid.addComponentColumn(b -> {
            Button remove = new Button(getTranslation("moderation.unban"), e -> ModerationDialogs.removeBan(
                    b.getAuthorLabel(), r -> {
                        if (ModerationDialogs.attempt(() -> blacklists.remove(b.getId(), b.getVersion(), r.text()))) {
                            Toasts.success(getTranslation("moderation.unban.done", b.getAuthorLabel()));
                            r.dialog().close();
                        }
                        refresh();
                    }));
            remove.setId("blacklist-remove-" + b.getId());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL);
            remove.setVisible(b.isActiveAt(clock.instant()));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("blacklist.empty"));
        return grid;
    }

    private BanFilter filter() {
        return new BanFilter(search.getValue(), activeOnly.getValue(), null,
                account.getValue() == null ? null : account.getValue().getId());
    }

    private void refresh() {
        BanFilter filter = filter();
        grid.setItems(q -> blacklists.page(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) blacklists.count(filter));
        total.setText(getTranslation("blacklist.total", blacklists.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("blacklist.title");
    }
}
