package ru.otklik.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import ru.otklik.audit.boundary.AuditFilter;
import ru.otklik.audit.boundary.AuditLog;
import ru.otklik.audit.entity.AuditEntry;
import ru.otklik.audit.entity.FieldChange;
import ru.otklik.base.Roles;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Pickers;
import ru.otklik.base.ui.Translations;


/**
 * Журнал действий: who did what to which record and when, newest first, with the changed
 * fields' old and new values. Searchable by words, record type and period. All text is shown
 * as text (never as HTML): it may hold anything a user typed.
 */
@Route("audit")
@Menu(title = "menu.audit", order = 90, icon = "vaadin:list")
@RolesAllowed({Roles.ADMIN, Roles.CURATOR})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog log;
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    final TextField search = new TextField();
    final ComboBox<String> type = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;

    @Inject
    public AuditView(AuditLog log) {
        this.log = log;
        setSizeFull();
        from = Pickers.datePicker(getTranslation("audit.from"));
        to = Pickers.datePicker(getTranslation("audit.to"));
        add(new H2(getTranslation("audit.title")), filters(), configureGrid());
        refresh();
    }

    private HorizontalLayout filters() {
        search.setPlaceholder(getTranslation("audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("audit-search");
        type.setPlaceholder(getTranslation("audit.type.any"));
        type.setItems(log.entityTypes());
        type.setItemLabelGenerator(t -> getTranslation("audit.entity." + t));
        type.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(search, type, from, to);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.expand(search);
        bar.setWrap(true);
        return bar;
    }

    private Grid<AuditEntry> configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.dateTimeSeconds(e.getOccurredAt())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0).setResizable(true);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.who")).setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(e -> translatedOr("audit.action." + e.getAction(), e.getAction()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true).setResizable(true);
        grid.addColumn(e -> e.getEntityType() == null ? ""
                        : translatedOr("audit.entity." + e.getEntityType(), e.getEntityType())
                        + (e.getEntityLabel() == null ? "" : " «" + e.getEntityLabel() + "»"))
                .setHeader(getTranslation("audit.object")).setResizable(true).setFlexGrow(1);
        grid.addComponentColumn(this::changes).setHeader(getTranslation("audit.changes")).setFlexGrow(3)
                .setResizable(true);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        return grid;
    }

    /** One line per changed field: "field: old → new", as plain text. */
    private Div changes(AuditEntry entry) {
        Div box = new Div();
        box.addClassName("audit-changes");
        for (FieldChange c : entry.getChanges()) {
            String field = translatedOr("audit.field." + c.field(), c.field());
            String line = c.oldValue() == null && c.newValue() != null ? field + ": " + c.newValue()
                    : field + ": " + nullToDash(c.oldValue()) + " → " + nullToDash(c.newValue());
            box.add(new Div(line));
        }
        return box;
    }

    private String translatedOr(String key, String fallback) {
        return Translations.translateOr(key, getLocale(), fallback);
    }

    private static String nullToDash(String value) {
        return value == null ? "—" : value;
    }

    private void refresh() {
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            to.setErrorMessage(getTranslation("error.period.reversed"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        AuditFilter filter = new AuditFilter(search.getValue(), type.getValue(), from.getValue(), to.getValue());
        grid.setItems(q -> log.page(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) log.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
