package ru.otklik.moderation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
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
import ru.otklik.base.ui.Pickers;
import ru.otklik.base.ui.Toasts;
import ru.otklik.moderation.boundary.Blacklists;
import ru.otklik.moderation.boundary.CommentFilter;
import ru.otklik.moderation.boundary.Moderation;
import ru.otklik.moderation.entity.Comment;
import ru.otklik.moderation.entity.CommentState;
import ru.otklik.moderation.entity.DeleteReason;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Модерация (R2.9): the queue of comments and messages left in the official accounts, loaded page
 * by page from the database, newest first, with tabs by state and their counts, filters (account,
 * flagged only, period, words), abuse flags as badges and the reason they suggest, and a
 * selection for bulk decisions. Keep is one click; delete asks the reason (the text stays in
 * Otklik for the record); "ban" opens the ban dialog. An SMM editor sees the queue of their
 * accounts without the buttons.
 */
@Route("moderation")
@Menu(title = "menu.moderation", order = 50, icon = "vaadin:shield")
@RolesAllowed({Roles.MODERATOR, Roles.CURATOR, Roles.ADMIN, Roles.SMM_EDITOR})
public class ModerationView extends VerticalLayout implements HasDynamicTitle {

    /** The tabs: a state, or everything. */
    enum View {
        PENDING, KEPT, DELETED, ALL
    }

    private final Moderation moderation;
    private final Blacklists blacklists;
    private final boolean decider;
    final Grid<Comment> grid = new Grid<>(Comment.class, false);
    final Tabs views = new Tabs();
    private final Map<View, Tab> tabs = new LinkedHashMap<>();
    final TextField search = new TextField();
    final MultiSelectComboBox<OfficialAccount> accounts = new MultiSelectComboBox<>();
    final Checkbox flaggedOnly = new Checkbox();
    final DatePicker from;
    final DatePicker to;
    private final Span total = new Span();
    private final Button bulkKeep = new Button();
    private final Button bulkDelete = new Button();

    @Inject
    public ModerationView(Moderation moderation, Blacklists blacklists) {
        this.moderation = moderation;
        this.blacklists = blacklists;
        this.decider = moderation.mayDecide();
        from = Pickers.datePicker(getTranslation("moderation.from"));
        to = Pickers.datePicker(getTranslation("moderation.to"));
        setSizeFull();
        List<OfficialAccount> own = moderation.accounts();
        Button add = new Button(getTranslation("moderation.add"), VaadinIcon.PLUS.create(),
                e -> ModerationDialogs.addComment(moderation, own, this::refresh));
        add.setId("moderation-add");
        add.setVisible(decider && !own.isEmpty());
        total.addClassName("muted");
        total.setId("moderation-total");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("moderation.title")), total, add);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        title.setWidthFull();
        title.expand(total);
        add(title, views(), filters(own), bulkBar(), configureGrid(own));
        refresh();
    }

    private Tabs views() {
        for (View v : View.values()) {
            Tab tab = new Tab(getTranslation("moderation.view." + v.name()));
            tab.setId("moderation-view-" + v.name().toLowerCase());
            tabs.put(v, tab);
            views.add(tab);
        }
        views.addSelectedChangeListener(e -> refresh());
        views.setWidthFull();
        return views;
    }

    private View selectedView() {
        return tabs.entrySet().stream().filter(e -> e.getValue() == views.getSelectedTab()).map(Map.Entry::getKey)
                .findFirst().orElse(View.PENDING);
    }

    private HorizontalLayout filters(List<OfficialAccount> own) {
        search.setPlaceholder(getTranslation("moderation.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("moderation-search");
        accounts.setPlaceholder(getTranslation("moderation.account"));
        accounts.setItems(own);
        accounts.setItemLabelGenerator(a -> a.getName() + " (" + a.getNetwork().getName() + ")");
        accounts.setId("moderation-accounts");
        flaggedOnly.setLabel(getTranslation("moderation.flagged-only"));
        flaggedOnly.setId("moderation-flagged");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        accounts.addValueChangeListener(e -> refresh());
        flaggedOnly.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(search, accounts, flaggedOnly, from, to);
        bar.setWrap(true);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private HorizontalLayout bulkBar() {
        bulkKeep.setText(getTranslation("moderation.bulk.keep"));
        bulkKeep.setId("moderation-bulk-keep");
        bulkKeep.addClickListener(e -> bulk(null));
        bulkDelete.setText(getTranslation("moderation.bulk.delete"));
        bulkDelete.setId("moderation-bulk-delete");
        bulkDelete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        bulkDelete.addClickListener(e -> {
            Set<Comment> selected = grid.getSelectedItems();
            ModerationDialogs.delete(selected.size(), common(selected), d -> {
                if (bulk(d.reason(), d.note())) {
                    d.dialog().close();
                }
            });
        });
        HorizontalLayout bar = new HorizontalLayout(bulkKeep, bulkDelete);
        bar.setVisible(decider);
        updateBulk();
        return bar;
    }

    /** The reason the selection's flags suggest, if they all suggest the same. */
    private static DeleteReason common(Set<Comment> selected) {
        Set<DeleteReason> suggested = selected.stream().map(Comment::getSuggestedReason).collect(Collectors.toSet());
        return suggested.size() == 1 ? suggested.iterator().next() : null;
    }

    private void bulk(DeleteReason reason) {
        bulk(reason, null);
    }

    private boolean bulk(DeleteReason reason, String note) {
        Map<Long, Long> versions = grid.getSelectedItems().stream()
                .collect(Collectors.toMap(Comment::getId, Comment::getVersion));
        if (versions.isEmpty()) {
            return false;
        }
        int[] changed = new int[1];
        boolean ok = ModerationDialogs.attempt(() -> changed[0] = moderation.decideAll(versions, reason, note));
        if (ok) {
            Toasts.success(getTranslation(reason == null ? "moderation.bulk.kept" : "moderation.bulk.deleted", changed[0]));
        }
        grid.deselectAll();
        refresh();
        return ok;
    }

    private void updateBulk() {
        int n = grid.getSelectedItems().size();
        bulkKeep.setEnabled(n > 0);
        bulkDelete.setEnabled(n > 0);
        bulkKeep.setText(getTranslation("moderation.bulk.keep") + (n > 0 ? " (" + n + ")" : ""));
        bulkDelete.setText(getTranslation("moderation.bulk.delete") + (n > 0 ? " (" + n + ")" : ""));
    }

    private Grid<Comment> configureGrid(List<OfficialAccount> own) {
        grid.setId("moderation-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (decider) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> updateBulk());
        }
        grid.addColumn(c -> Formats.dateTime(c.getPostedAt())).setHeader(getTranslation("moderation.posted"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.getAccount().getName()).setHeader(getTranslation("moderation.account")).setWidth("11rem")
                .setFlexGrow(0).setResizable(true);
        grid.addComponentColumn(c -> {
            Button author = new Button(c.getAuthorLabel(), e -> openAuthor(c.getNetwork().getId(), c.getAuthorId()));
            author.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            author.getElement().setAttribute("title", c.getAuthorId());
            return author;
        }).setHeader(getTranslation("moderation.author")).setAutoWidth(true).setResizable(true);
        grid.addComponentColumn(c -> {
            Div text = new Div();
            text.setText(c.getText()); // as written, never as HTML
            text.getStyle().set("white-space", "pre-wrap").set("max-height", "9em").set("overflow-y", "auto");
            text.setId("moderation-text-" + c.getId());
            return text;
        }).setHeader(getTranslation("moderation.text")).setWidth("22rem").setFlexGrow(4).setResizable(true);
        grid.addComponentColumn(c -> Badges.flags(c, this::getTranslation)).setHeader(getTranslation("moderation.flags"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> Badges.state(c, this::getTranslation)).setHeader(getTranslation("moderation.state"))
                .setAutoWidth(true);
        if (decider) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("moderation.actions")).setAutoWidth(true)
                    .setFlexGrow(0).setFrozenToEnd(true);
        }
        grid.setEmptyStateText(getTranslation(own.isEmpty() ? "moderation.empty.no-accounts" : "moderation.empty"));
        return grid;
    }

    private HorizontalLayout actions(Comment c) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        box.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (c.getState() == CommentState.PENDING) {
            Button keep = new Button(getTranslation("moderation.keep"), e -> {
                if (ModerationDialogs.attempt(() -> moderation.keep(c.getId(), c.getVersion()))) {
                    Toasts.success(getTranslation("moderation.kept"));
                }
                refresh();
            });
            keep.setId("moderation-keep-" + c.getId());
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            box.add(keep);
        }
        if (c.getState() != CommentState.DELETED) {
            Button delete = new Button(getTranslation("moderation.delete"), e -> ModerationDialogs.delete(1,
                    c.getSuggestedReason(), d -> {
                        if (ModerationDialogs.attempt(() -> moderation.delete(c.getId(), c.getVersion(), d.reason(),
                                d.note()))) {
                            Toasts.success(getTranslation("moderation.deleted"));
                            d.dialog().close();
                        }
                        refresh();
                    }));
            delete.setId("moderation-delete-" + c.getId());
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            box.add(delete);
        }
        Button ban = new Button(getTranslation("moderation.ban"), VaadinIcon.BAN.create(), e -> ModerationDialogs.ban(
                blacklists, c.getAccount(), c.getNetwork(), c.getAuthorId(), c.getAuthorName(), c.getId(),
                c.getDeleteReason() != null ? c.getDeleteReason().banReason()
                        : c.getSuggestedReason() == null ? null : c.getSuggestedReason().banReason(), this::refresh));
        ban.setId("moderation-ban-" + c.getId());
        ban.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        box.add(ban);
        return box;
    }

    private void openAuthor(long networkId, String authorId) {
        UI.getCurrent().navigate(AuthorView.class, QueryParameters.simple(Map.of("network", String.valueOf(networkId),
                "author", authorId)));
    }

    private CommentFilter filter() {
        CommentFilter f = new CommentFilter(search.getValue(),
                accounts.getValue().stream().map(OfficialAccount::getId).collect(Collectors.toSet()), null,
                flaggedOnly.getValue(), from.getValue(), to.getValue(), false);
        View v = selectedView();
        return v == View.ALL ? f : f.withStates(Set.of(CommentState.valueOf(v.name())));
    }

    private void refresh() {
        CommentFilter filter = filter();
        grid.setItems(q -> moderation.page(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) moderation.count(filter));
        Map<CommentState, Long> counts = new EnumMap<>(moderation.counts(filter));
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        for (View v : View.values()) {
            long n = v == View.ALL ? all : counts.getOrDefault(CommentState.valueOf(v.name()), 0L);
            Tab tab = tabs.get(v);
            tab.removeAll();
            tab.add(new Span(getTranslation("moderation.view." + v.name())));
            Span badge = Badges.badge(String.valueOf(n), v == View.PENDING && n > 0 ? "primary" : "contrast");
            badge.addClassName("view-count");
            tab.add(badge);
        }
        total.setText(getTranslation("moderation.total", moderation.count(filter)));
        updateBulk();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title");
    }
}
