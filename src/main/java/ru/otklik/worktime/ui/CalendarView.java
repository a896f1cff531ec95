package ru.otklik.worktime.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Toasts;
import ru.otklik.worktime.boundary.CalendarImportRefused;
import ru.otklik.worktime.boundary.ImportPreview;
import ru.otklik.worktime.boundary.WorkingCalendars;
import ru.otklik.worktime.boundary.YearOverview;
import ru.otklik.worktime.control.CalendarDay;
import ru.otklik.worktime.control.CalendarDiff;
import ru.otklik.worktime.control.CalendarProblem;
import ru.otklik.worktime.control.WorkingTime;
import ru.otklik.worktime.entity.DayKind;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Настройки → Производственный календарь: a year as twelve months with days off, shortened days
 * and working weekend days marked, totals of working days and hours per month and year, and
 * whether a decree confirms the year (else the Labour Code alone). A click on a day changes it;
 * an XML file of the same format can be imported after a preview of what it changes.
 */
@Route("settings/calendar")
@Menu(title = "menu.calendar", order = 82, icon = "vaadin:calendar")
@RolesAllowed(Roles.ADMIN)
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final WorkingCalendars calendars;
    private int year;
    private final Span yearLabel = new Span();
    private final Div status = new Div();
    private final Div months = new Div();
    private final Paragraph totals = new Paragraph();

    @Inject
    public CalendarView(WorkingCalendars calendars, CurrentOrganisation organisation, Clock clock) {
        this.calendars = calendars;
        this.year = LocalDate.now(clock.withZone(organisation.zone())).getYear();
        setWidthFull();
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(year - 1));
        previous.setAriaLabel(getTranslation("calendar.previous"));
        previous.setId("calendar-previous");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(year + 1));
        next.setAriaLabel(getTranslation("calendar.next"));
        next.setId("calendar-next");
        yearLabel.addClassName("calendar-year");
        yearLabel.setId("calendar-year");
        status.setId("calendar-status");
        totals.setId("calendar-totals");
        HorizontalLayout navigation = new HorizontalLayout(previous, yearLabel, next, importButton());
        navigation.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        months.addClassName("calendar-months");
        months.setId("calendar-months");
        add(new H2(getTranslation("calendar.title")), navigation, status, totals, legend(), months);
        show(year);
    }

    private void show(int y) {
        YearOverview overview;
        try {
            overview = calendars.year(y);
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
            return;
        }
        year = y;
        yearLabel.setText(String.valueOf(y));
        status.removeAll();
        Span badge = new Span(getTranslation(overview.confirmed() ? "calendar.confirmed"
                : overview.loaded() ? "calendar.tentative" : "calendar.unconfirmed"));
        badge.getElement().getThemeList().add(overview.confirmed() ? "badge success" : "badge error");
        badge.setId("calendar-confirmed");
        status.add(badge, new Span(" " + (overview.source() == null ? "" : overview.source())));
        totals.setText(getTranslation("calendar.totals", overview.total().workingDays(),
                Formats.workingTime(overview.total().workingMinutes(), getLocale())));
        months.removeAll();
        for (int m = 1; m <= 12; m++) {
            months.add(month(overview, YearMonth.of(y, m), overview.months().get(m - 1)));
        }
    }

    private Div month(YearOverview overview, YearMonth month, WorkingTime.Totals monthTotals) {
        Locale locale = getLocale();
        Div box = new Div();
        box.addClassName("calendar-month");
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        box.add(new H3(name.substring(0, 1).toUpperCase(locale) + name.substring(1)));
        Div days = new Div();
        days.addClassName("calendar-days");
        for (DayOfWeek d : DayOfWeek.values()) {
            Span head = new Span(d.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
            head.addClassName("calendar-weekday");
            days.add(head);
        }
        for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
            days.add(new Span());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            CalendarDay listed = overview.year().days().get(date);
            Span cell = new Span(String.valueOf(d));
            cell.addClassName("calendar-day");
            cell.setId("day-" + date);
            String kindClass = kindClass(date, listed == null ? null : listed.kind());
            cell.addClassName(kindClass);
            String title = getTranslation("day-class." + kindClass)
                    + (listed != null && listed.holiday() != null ? ": " + listed.holiday() : "")
                    + (listed != null && listed.movedFrom() != null
                    ? " (" + getTranslation("calculator.moved", Formats.date(listed.movedFrom())) + ")" : "");
            cell.getElement().setAttribute("title", title);
            cell.addClickListener(e -> editDay(date, listed));
            days.add(cell);
        }
        box.add(days, new Paragraph(getTranslation("calendar.month-totals", monthTotals.workingDays(),
                Formats.workingTime(monthTotals.workingMinutes(), locale))));
        return box;
    }

    static String kindClass(LocalDate date, DayKind kind) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == null) {
            return weekend ? "weekend" : "working";
        }
        return switch (kind) {
            case DAY_OFF -> "day-off";
            case SHORTENED -> "shortened";
            case WORKING_WEEKEND -> "working-weekend";
        };
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("calendar-legend");
        for (String c : new String[]{"working", "weekend", "day-off", "shortened", "working-weekend"}) {
            Span sample = new Span(getTranslation("day-class." + c));
            sample.addClassNames("calendar-day", c, "legend-item");
            legend.add(sample);
        }
        return legend;
    }

    private void editDay(LocalDate date, CalendarDay listed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("calendar.edit", Formats.date(date)));
        RadioButtonGroup<String> kind = new RadioButtonGroup<>(getTranslation("calendar.edit.kind"));
        kind.setItems("ORDINARY", DayKind.DAY_OFF.name(), DayKind.SHORTENED.name(), DayKind.WORKING_WEEKEND.name());
        kind.setItemLabelGenerator(k -> getTranslation("day-kind." + k));
        kind.setValue(listed == null ? "ORDINARY" : listed.kind().name());
        kind.setId("day-kind");
        TextField holiday = new TextField(getTranslation("calendar.edit.holiday"));
        holiday.setMaxLength(100);
        holiday.setValue(listed == null || listed.holiday() == null ? "" : listed.holiday());
        holiday.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                calendars.changeDay(date, "ORDINARY".equals(kind.getValue()) ? null : DayKind.valueOf(kind.getValue()),
                        holiday.getValue());
                dialog.close();
                Toasts.success(getTranslation("calendar.day-saved", Formats.date(date)));
                show(year);
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("day-save");
        dialog.add(new VerticalLayout(kind, holiday));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Upload importButton() {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes(".xml", "text/xml", "application/xml");
        upload.setMaxFileSize(1024 * 1024);
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        Button button = new Button(getTranslation("calendar.import"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(button);
        upload.setId("calendar-import");
        upload.addFileRejectedListener(e -> Toasts.error(getTranslation("calendar.import.not-xml")));
        upload.addSucceededListener(e -> {
            byte[] xml;
            try (InputStream in = buffer.getInputStream()) {
                xml = in.readAllBytes();
            } catch (IOException io) {
                Toasts.error(getTranslation("calendar.import.unreadable"));
                return;
            }
            upload.clearFileList();
            preview(xml, e.getFileName());
        });
        return upload;
    }

    private void preview(byte[] xml, String fileName) {
        ImportPreview preview;
        try {
            preview = calendars.preview(xml);
        } catch (CalendarImportRefused refused) {
            showProblems(refused);
            return;
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("calendar.preview.title", preview.year()));
        dialog.setWidth("40rem");
        dialog.add(new Paragraph(getTranslation("calendar.preview.totals", preview.totals().workingDays(),
                preview.totals().workingHours())));
        if (preview.changes().isEmpty()) {
            dialog.add(new Paragraph(getTranslation("calendar.preview.no-changes")));
        } else {
            Grid<CalendarDiff.Change> changes = new Grid<>();
            changes.setId("calendar-preview-changes");
            changes.addColumn(c -> Formats.date(c.date())).setHeader(getTranslation("calendar.preview.date"));
            changes.addColumn(c -> getTranslation("day-kind." + (c.before() == null ? "ORDINARY" : c.before().name())))
                    .setHeader(getTranslation("calendar.preview.before"));
            changes.addColumn(c -> getTranslation("day-kind." + (c.after() == null ? "ORDINARY" : c.after().name())))
                    .setHeader(getTranslation("calendar.preview.after"));
            changes.addColumn(c -> c.holidayAfter() == null ? "" : c.holidayAfter())
                    .setHeader(getTranslation("calendar.preview.holiday"));
            changes.setItems(preview.changes());
            changes.setAllRowsVisible(preview.changes().size() < 12);
            dialog.add(new Paragraph(getTranslation("calendar.preview.changes", preview.changes().size())), changes);
        }
        Button apply = new Button(getTranslation("calendar.preview.apply"), e -> {
            try {
                calendars.apply(xml, fileName);
                dialog.close();
                Toasts.success(getTranslation("calendar.imported", preview.year()));
                show(preview.year());
            } catch (RequestRefused refused) {
                Toasts.refused(refused);
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("calendar-apply");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), apply);
        dialog.open();
    }

    private void showProblems(CalendarImportRefused refused) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("calendar.import.refused.title"));
        UnorderedList list = new UnorderedList();
        list.setId("calendar-problems");
        for (CalendarProblem p : refused.problems()) {
            String text = getTranslation(p.key(), p.args());
            list.add(new ListItem(p.line() > 0 ? getTranslation("calendar.problem.line", p.line(), text) : text));
        }
        dialog.add(new Paragraph(getTranslation("calendar.import.refused", refused.problems().size())), list);
        dialog.getFooter().add(new Button(getTranslation("action.done"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
