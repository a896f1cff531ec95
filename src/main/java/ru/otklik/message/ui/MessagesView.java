package ru.otklik.message.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Pickers;
import ru.otklik.message.boundary.MessageFilter;
import ru.otklik.message.boundary.MessageSort;
import ru.otklik.message.boundary.Messages;
import ru.otklik.message.entity.Message;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.MessageStatus;
import ru.otklik.message.entity.Network;
import ru.otklik.message.entity.Topic;
import ru.otklik.security.entity.StaffUser;
import ru.otklik.worktime.boundary.WorkingTimes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Сообщения: the grid of all messages of the organisation, lazily loaded page by page from the
 * database, sorted on several columns (nearest deadline first by default), with saved views and
 * their counts, filters, a text search and a column chooser. The filters and visible columns are
 * kept per user for the session. It refreshes by itself when anyone changes a message.
 */
@Route("messages")
@Menu(title = "menu.messages", order = 10, icon = "vaadin:comments")
@RolesAllowed({Roles.OPERATOR, Roles.CURATOR, Roles.HEAD})
public class MessagesView extends VerticalLayout implements HasDynamicTitle {

    /** The saved views: a name and the filter it applies on top of the user's own filters. */
    enum View {
        OPEN, OVERDUE, DUE_TODAY, NEW, AWAITING_HEAD, IN_REVIEW, TO_POST, CLOSED, ALL
    }

    private final Messages messages;
    private final WorkingTimes workingTimes;
    private final MessageBroadcaster broadcaster;
    private final long organisationId;
    private final Clock clock;
    final Grid<Message> grid = new Grid<>(Message.class, false);
    final Tabs views = new Tabs();
    private final Map<View, Tab> tabs = new LinkedHashMap<>();
    final TextField search = new TextField();
    final MultiSelectComboBox<MessageKind> kinds = new MultiSelectComboBox<>();
    final MultiSelectComboBox<MessageStatus> statuses = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Network> networks = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Topic> topics = new MultiSelectComboBox<>();
    final ComboBox<StaffUser> executor = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;
    private final Span total = new Span();

    @Inject
    public MessagesView(Messages messages, WorkingTimes workingTimes, MessageBroadcaster broadcaster,
                        CurrentOrganisation organisation, Clock clock) {
        this.messages = messages;
        this.workingTimes = workingTimes;
        this.broadcaster = broadcaster;
        this.organisationId = organisation.id();
        this.clock = clock;
        from = Pickers.datePicker(getTranslation("messages.from"));
        to = Pickers.datePicker(getTranslation("messages.to"));
        setSizeFull();
        Button register = new Button(getTranslation("messages.register"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(RegisterMessageView.class));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("messages-register");
        register.setVisible(allowedToRegister());
        Button importFile = new Button(getTranslation("messages.import"), VaadinIcon.UPLOAD.create(),
                e -> UI.getCurrent().navigate(ImportView.class));
        importFile.setId("messages-import");
        importFile.setVisible(allowedToRegister());
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("messages.title")), total, importFile,
                register);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        title.setWidthFull();
        title.expand(total);
        total.addClassName("muted");
        total.setId("messages-total");
        add(title, views(), filters(), configureGrid());
        restore();
        refresh();
        broadcaster.whileAttached(this, organisationId, () -> {
            grid.getDataProvider().refreshAll();
            updateCounts();
        });
    }

    private static boolean allowedToRegister() {
        return ru.otklik.base.ui.CurrentRequest.hasAnyRole(Roles.OPERATOR, Roles.CURATOR);
    }

    private Tabs views() {
        for (View v : View.values()) {
            Tab tab = new Tab(getTranslation("messages.view." + v.name()));
            tab.setId("view-" + v.name().toLowerCase().replace('_', '-'));
            tabs.put(v, tab);
            views.add(tab);
        }
        views.addSelectedChangeListener(e -> refresh());
        views.setWidthFull();
        return views;
    }

    private View selectedView() {
        return tabs.entrySet().stream().filter(e -> e.getValue() == views.getSelectedTab()).map(Map.Entry::getKey)
                .findFirst().orElse(View.OPEN);
    }

    private HorizontalLayout filters() {
        search.setPlaceholder(getTranslation("messages.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("messages-search");
        kinds.setPlaceholder(getTranslation("messages.kind"));
        kinds.setItems(MessageKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation(k.key()));
        statuses.setPlaceholder(getTranslation("messages.status"));
        statuses.setItems(MessageStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.key()));
        networks.setPlaceholder(getTranslation("messages.network"));
        networks.setItems(messages.networks());
        networks.setItemLabelGenerator(Network::getName);
        topics.setPlaceholder(getTranslation("messages.topic"));
        topics.setItems(messages.topics());
        topics.setItemLabelGenerator(Topic::getName);
        executor.setPlaceholder(getTranslation("messages.executor"));
        executor.setClearButtonVisible(true);
        executor.setItemLabelGenerator(StaffUser::getFullName);
        try {
            executor.setItems(messages.executors());
        } catch (jakarta.ejb.EJBAccessException operatorCannotListExecutors) {
            executor.setVisible(false);
        }
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        kinds.addValueChangeListener(e -> refresh());
        statuses.addValueChangeListener(e -> refresh());
        networks.addValueChangeListener(e -> refresh());
        topics.addValueChangeListener(e -> refresh());
        executor.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Button clear = new Button(getTranslation("messages.clear-filters"), e -> {
            search.clear();
            kinds.clear();
            statuses.clear();
            networks.clear();
            topics.clear();
            executor.clear();
            from.clear();
            to.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(search, kinds, statuses, networks, topics, executor, from, to, clear,
                columnChooser());
        bar.setWrap(true);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<Message> configureGrid() {
        grid.setId("messages-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.addColumn(m -> "№" + m.getId()).setHeader("№").setKey("ID").setSortable(true).setAutoWidth(true)
                .setFlexGrow(0).setResizable(true);
        grid.addComponentColumn(m -> {
            Span kind = new Span(getTranslation(m.getKind().key() + ".short"));
            kind.getElement().getThemeList().add(m.getKind() == MessageKind.HIGH_IMPORTANCE ? "badge error" : "badge");
            return kind;
        }).setHeader(getTranslation("messages.kind")).setKey("KIND").setSortable(true).setAutoWidth(true)
                .setResizable(true);
        grid.addComponentColumn(m -> {
            Span badge = DeadlineBadge.of(m, workingTimes, clock.instant(), getLocale(), this::getTranslation);
            if (m.getInterimAnsweredAt() != null) {
                Span interim = new Span(getTranslation("messages.interim-marker"));
                interim.getElement().getThemeList().add("badge contrast");
                interim.getElement().setAttribute("title", getTranslation("messages.interim-given"));
                return new Div(badge, new Span(" "), interim);
            }
            return badge;
        }).setHeader(getTranslation("messages.due")).setKey("DUE").setSortable(true).setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(m -> getTranslation(m.getStatus().key())).setHeader(getTranslation("messages.status"))
                .setKey("STATUS").setSortable(true).setAutoWidth(true).setResizable(true);
        grid.addColumn(m -> m.getNetwork().getName()).setHeader(getTranslation("messages.network")).setKey("NETWORK")
                .setSortable(true).setAutoWidth(true).setResizable(true);
        grid.addColumn(m -> m.getTopic() == null ? "" : m.getTopic().getName()).setHeader(getTranslation("messages.topic"))
                .setKey("TOPIC").setSortable(true).setAutoWidth(true).setResizable(true);
        grid.addColumn(m -> m.getAuthorName() == null ? "" : m.getAuthorName()).setHeader(getTranslation("messages.author"))
                .setKey("AUTHOR").setSortable(true).setResizable(true);
        grid.addColumn(m -> abbreviate(m.getText())).setHeader(getTranslation("messages.text")).setKey("TEXT")
                .setFlexGrow(3).setResizable(true);
        grid.addColumn(m -> Formats.dateTime(m.getDetectedAt())).setHeader(getTranslation("messages.detected"))
                .setKey("DETECTED").setSortable(true).setAutoWidth(true).setResizable(true);
        grid.addColumn(m -> m.getExecutor() == null ? "" : m.getExecutor().getFullName())
                .setHeader(getTranslation("messages.executor")).setKey("EXECUTOR").setSortable(true).setResizable(true);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("DUE"), SortDirection.ASCENDING)));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(MessageView.class, e.getItem().getId()));
        grid.setEmptyStateText(getTranslation("messages.empty"));
        grid.addSortListener(e -> remember());
        return grid;
    }

    private MenuBar columnChooser() {
        MenuBar chooser = new MenuBar();
        chooser.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        chooser.setId("messages-columns");
        var item = chooser.addItem(VaadinIcon.COG.create());
        item.getElement().setAttribute("aria-label", getTranslation("messages.columns"));
        item.getElement().setAttribute("title", getTranslation("messages.columns"));
        for (Grid.Column<Message> column : grid.getColumns()) {
            String label = column.getHeaderText() == null ? column.getKey() : column.getHeaderText();
            var check = item.getSubMenu().addItem(label, e -> {
                column.setVisible(e.getSource().isChecked());
                remember();
            });
            check.setCheckable(true);
            check.setChecked(column.isVisible());
        }
        return chooser;
    }

    private MessageFilter filter() {
        MessageFilter f = new MessageFilter(search.getValue(), statuses.getValue(), kinds.getValue(),
                networks.getValue().stream().map(Network::getId).collect(Collectors.toSet()),
                topics.getValue().stream().map(Topic::getId).collect(Collectors.toSet()),
                executor.getValue() == null ? null : executor.getValue().getId(), from.getValue(), to.getValue(),
                false, false, false);
        return apply(selectedView(), f);
    }

    static MessageFilter apply(View view, MessageFilter f) {
        return switch (view) {
            case OPEN -> f.withOpenOnly(true);
            case OVERDUE -> f.withOverdue(true);
            case DUE_TODAY -> f.withDueToday(true);
            case NEW -> f.statuses().isEmpty() ? f.withStatuses(EnumSet.of(MessageStatus.REGISTERED, MessageStatus.TRIAGED)) : f;
            case AWAITING_HEAD -> f.withStatuses(EnumSet.of(MessageStatus.AWAITING_HEAD));
            case IN_REVIEW -> f.withStatuses(EnumSet.of(MessageStatus.IN_REVIEW));
            case TO_POST -> f.withStatuses(EnumSet.of(MessageStatus.APPROVED));
            case CLOSED -> f.statuses().isEmpty() ? f.withStatuses(EnumSet.of(MessageStatus.CLOSED, MessageStatus.NO_ANSWER)) : f;
            case ALL -> f;
        };
    }

    private void refresh() {
        MessageFilter filter = filter();
        CallbackDataProvider.FetchCallback<Message, Void> fetch = q -> {
            List<MessageSort> sort = new ArrayList<>();
            q.getSortOrders().forEach(o -> sort.add(new MessageSort(MessageSort.Property.valueOf(o.getSorted()),
                    o.getDirection() == SortDirection.DESCENDING)));
            return messages.page(filter, sort, q.getOffset(), q.getLimit()).stream();
        };
        long found = messages.countUpTo(filter);
        if (found > Messages.COUNT_CAP) {
            // a broad filter over a large history is not counted to the end: the grid grows as it is scrolled
            grid.setItems(fetch).setItemCountEstimate(Messages.COUNT_CAP);
        } else {
            grid.setItems(fetch, q -> (int) messages.countUpTo(filter));
        }
        updateCounts(found);
        remember();
    }

    private void updateCounts() {
        updateCounts(messages.countUpTo(filter()));
    }

    private void updateCounts(long found) {
        Map<String, Long> counts = messages.viewCounts();
        long open = counts.entrySet().stream().filter(e -> !e.getKey().equals("overdue") && !e.getKey().equals("dueToday"))
                .mapToLong(Map.Entry::getValue).sum();
        label(View.OPEN, open);
        label(View.OVERDUE, counts.getOrDefault("overdue", 0L));
        label(View.DUE_TODAY, counts.getOrDefault("dueToday", 0L));
        label(View.NEW, counts.getOrDefault("REGISTERED", 0L) + counts.getOrDefault("TRIAGED", 0L));
        label(View.AWAITING_HEAD, counts.getOrDefault("AWAITING_HEAD", 0L));
        label(View.IN_REVIEW, counts.getOrDefault("IN_REVIEW", 0L));
        label(View.TO_POST, counts.getOrDefault("APPROVED", 0L));
        total.setText(found > Messages.COUNT_CAP ? getTranslation("messages.total.more", Messages.COUNT_CAP)
                : getTranslation("messages.total", found));
    }

    private void label(View view, long count) {
        Tab tab = tabs.get(view);
        tab.removeAll();
        tab.add(new Span(getTranslation("messages.view." + view.name())));
        Span badge = new Span(String.valueOf(count));
        badge.getElement().getThemeList().add(view == View.OVERDUE && count > 0 ? "badge error" : "badge contrast");
        badge.addClassName("view-count");
        tab.add(badge);
    }

    /** Remembers the user's view, filters and columns for the rest of the session. */
    private void remember() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        session.setAttribute(Remembered.class, new Remembered(selectedView(), search.getValue(),
                Set.copyOf(kinds.getValue()), Set.copyOf(statuses.getValue()),
                grid.getColumns().stream().filter(c -> !c.isVisible()).map(Grid.Column::getKey).collect(Collectors.toSet())));
    }

    private void restore() {
        Remembered r = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(Remembered.class);
        if (r == null) {
            return;
        }
        views.setSelectedTab(tabs.get(r.view()));
        search.setValue(r.search() == null ? "" : r.search());
        kinds.setValue(r.kinds());
        statuses.setValue(r.statuses());
        grid.getColumns().forEach(c -> c.setVisible(!r.hidden().contains(c.getKey())));
    }

    private record Remembered(View view, String search, Set<MessageKind> kinds, Set<MessageStatus> statuses,
                              Set<String> hidden) {
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 140 ? oneLine : oneLine.substring(0, 139) + "…";
    }


    @Override
    public String getPageTitle() {
        return getTranslation("messages.title");
    }
}
