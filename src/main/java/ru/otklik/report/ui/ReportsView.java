package ru.otklik.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Pickers;
import ru.otklik.base.ui.Toasts;
import ru.otklik.report.boundary.Reports;
import ru.otklik.report.control.Charts;
import ru.otklik.report.control.Report;
import ru.otklik.report.control.ReportFiles;
import ru.otklik.report.control.ReportSections;
import ru.otklik.report.control.Texts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * Отчёты (R1.13): the period (this week, month, quarter, year, or any dates), the key figures at
 * the top, the dynamics against the previous period and the kinds as charts (SVG drawn on the
 * server, shown as images), every table under them, and the same report as XLSX and PDF.
 */
@Route("reports")
@Menu(title = "menu.reports", order = 30, icon = "vaadin:chart")
@RolesAllowed({Roles.CURATOR, Roles.HEAD})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    public enum Range {
        WEEK,
        MONTH,
        QUARTER,
        YEAR,
        CUSTOM
    }

    private final Reports reports;
    private final LocalDate today;
    final Select<Range> range = new Select<>();
    final DatePicker from;
    final DatePicker to;
    private final Div content = new Div();
    private final Button xlsx = new Button();
    private final Button pdf = new Button();
    /** Where a prepared file is offered to the browser (clicked by the page once the file is ready). */
    private final Anchor download = new Anchor();
    private final ProgressBar progress = new ProgressBar();
    private final Span preparing = new Span();
    private final Div working = new Div(preparing, progress);
    private LocalDate builtFrom;
    private LocalDate builtTo;
    private boolean presetting;

    @Inject
    public ReportsView(Reports reports, CurrentOrganisation organisation, Clock clock) {
        this.reports = reports;
        this.today = LocalDate.now(clock.withZone(organisation.zone()));
        setWidthFull();
        setMaxWidth("72rem");
        from = Pickers.datePicker(getTranslation("report.from"));
        to = Pickers.datePicker(getTranslation("report.to"));
        from.setId("report-from");
        to.setId("report-to");
        range.setLabel(getTranslation("report.choose"));
        range.setItems(Range.values());
        range.setItemLabelGenerator(r -> getTranslation("report.range." + r.name()));
        range.setId("report-range");
        range.addValueChangeListener(e -> preset(e.getValue()));
        from.addValueChangeListener(e -> custom());
        to.addValueChangeListener(e -> custom());
        Button build = new Button(getTranslation("report.build"), e -> build());
        build.setId("report-build");
        build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        xlsx.setId("report-xlsx");
        pdf.setId("report-pdf");
        xlsx.setText(getTranslation("report.xlsx"));
        xlsx.setIcon(VaadinIcon.FILE_TABLE.create());
        pdf.setText(getTranslation("report.pdf"));
        pdf.setIcon(VaadinIcon.FILE_TEXT_O.create());
        xlsx.addClickListener(e -> prepare("xlsx"));
        pdf.addClickListener(e -> prepare("pdf"));
        download.setId("report-download");
        download.getElement().setAttribute("download", true);
        download.getStyle().set("display", "none");
        progress.setIndeterminate(true);
        progress.setWidth("8rem");
        progress.setId("report-progress");
        preparing.setText(getTranslation("report.preparing"));
        working.setVisible(false);
        working.setId("report-working");
        HorizontalLayout bar = new HorizontalLayout(range, from, to, build, xlsx, pdf, working, download);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        content.setId("report-content");
        content.setWidthFull();
        add(new H2(getTranslation("report.title")), bar, content);
        range.setValue(Range.MONTH);
        build();
    }

    private void preset(Range r) {
        if (r == null || r == Range.CUSTOM) {
            return;
        }
        presetting = true;
        switch (r) {
            case WEEK -> {
                from.setValue(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
                to.setValue(from.getValue().plusDays(6));
            }
            case MONTH -> {
                from.setValue(today.withDayOfMonth(1));
                to.setValue(today.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case QUARTER -> {
                LocalDate start = today.with(IsoFields.DAY_OF_QUARTER, 1);
                from.setValue(start);
                to.setValue(start.plusMonths(3).minusDays(1));
            }
            case YEAR -> {
                from.setValue(today.withDayOfYear(1));
                to.setValue(today.with(TemporalAdjusters.lastDayOfYear()));
            }
            default -> {
            }
        }
        presetting = false;
    }

    private void custom() {
        if (!presetting && range.getValue() != Range.CUSTOM) {
            range.setValue(Range.CUSTOM);
        }
    }

    private void build() {
        from.setInvalid(false);
        to.setInvalid(false);
        content.removeAll();
        Report report;
        try {
            report = reports.build(from.getValue(), to.getValue(), getLocale());
        } catch (RequestRefused refused) {
            DatePicker field = "from".equals(refused.parameter()) ? from : to;
            field.setErrorMessage(getTranslation(refused.key(), refused.args()));
            field.setInvalid(true);
            content.add(new Paragraph(getTranslation(refused.key(), refused.args())));
            xlsx.setVisible(false);
            pdf.setVisible(false);
            return;
        }
        builtFrom = from.getValue();
        builtTo = to.getValue();
        xlsx.setVisible(true);
        pdf.setVisible(true);
        show(report);
    }

    /**
     * Makes the file while the page shows that it is being made: the first answer only shows the
     * progress bar, then the browser calls back at once and the file is made in that request (the
     * user's own), offered through the hidden link and the progress bar hidden again.
     */
    private void prepare(String kind) {
        LocalDate f = builtFrom;
        LocalDate t = builtTo;
        Locale locale = getLocale();
        working.setVisible(true);
        xlsx.setEnabled(false);
        pdf.setEnabled(false);
        getElement().executeJs("return 0").then(ignored -> {
            try {
                byte[] file = "pdf".equals(kind) ? reports.pdf(f, t, locale) : reports.xlsx(f, t, locale);
                String name = "otklik-report-" + DateTimeFormatter.BASIC_ISO_DATE.format(f) + "-"
                        + DateTimeFormatter.BASIC_ISO_DATE.format(t) + "." + kind;
                download.setHref(new StreamResource(name, () -> new ByteArrayInputStream(file)));
                download.getElement().executeJs("this.click()");
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
            } finally {
                working.setVisible(false);
                xlsx.setEnabled(true);
                pdf.setEnabled(true);
            }
        });
    }

    private void show(Report report) {
        Texts t = Reports.texts(getLocale());
        Report.Quality q = report.quality();
        Div cards = new Div(card("report-card-total", t.t("report.total"), ReportFiles.text(report.results().total(), false)),
                card("report-card-in-time", t.t("report.share-in-time"), ReportFiles.text(q.shareInTime(), true)),
                card("report-card-overdue", t.t("report.overdue"), ReportFiles.text(q.overdue(), false)),
                card("report-card-median", t.t("report.median-hours"), ReportFiles.text(q.medianHours(), false)));
        cards.addClassName("report-cards");
        content.add(cards);
        if (report.results().total() == 0 && report.dynamics().previousTotal() == 0) {
            content.add(new Paragraph(t.t("report.empty"))); // no empty charts and tables
            return;
        }
        content.add(chart("report-chart-dynamics", "dynamics.svg",
                Charts.svg(Reports.dynamicsChart(report, t), 1000, 380), t.t("report.dynamics")));
        if (!report.results().byKind().isEmpty()) {
            content.add(chart("report-chart-kinds", "kinds.svg", Charts.svg(Charts.bars(t.t("report.by-kind"),
                    report.results().byKind(), t.t("report.count")), 1000, 260), t.t("report.by-kind")));
        }
        int i = 0;
        for (ReportSections.Table table : ReportSections.of(report, t)) {
            content.add(new H3(table.title()), table(table, "report-table-" + i++));
        }
    }

    private static Div card(String id, String label, String value) {
        Span number = new Span(value);
        number.addClassName("report-card-value");
        Div card = new Div(number, new Div(label));
        card.addClassName("report-card");
        card.setId(id);
        return card;
    }

    private static Component chart(String id, String file, String svg, String alt) {
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        Image image = new Image(new StreamResource(file, () -> new ByteArrayInputStream(bytes)), alt);
        image.setId(id);
        image.setWidthFull();
        image.addClassName("report-chart");
        return image;
    }

    private Component table(ReportSections.Table table, String id) {
        if (table.rows().isEmpty()) {
            return new Paragraph(getTranslation("report.none"));
        }
        Grid<List<Object>> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        for (int c = 0; c < table.headers().size(); c++) {
            int column = c;
            grid.addColumn(row -> ReportFiles.text(row.get(column), column == 1 && table.percent(table.rows().indexOf(row))))
                    .setHeader(table.headers().get(c)).setFlexGrow(c == 0 ? 3 : 1);
        }
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reports");
    }
}
