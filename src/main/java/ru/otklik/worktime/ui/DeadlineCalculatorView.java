package ru.otklik.worktime.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Toasts;
import ru.otklik.worktime.boundary.DeadlineCalculation;
import ru.otklik.worktime.boundary.WorkingTimes;
import ru.otklik.worktime.entity.DeadlineKind;
import ru.otklik.worktime.control.WorkingTime;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Калькулятор сроков: pick a kind of term and an instant, see when it runs out in working time,
 * how much working time lies between, and which days off were skipped (named).
 */
@Route("deadlines")
@Menu(title = "menu.deadlines", order = 70, icon = "vaadin:clock")
@PermitAll
public class DeadlineCalculatorView extends VerticalLayout implements HasDynamicTitle {

    private final WorkingTimes workingTimes;
    private final long organisationId;
    private final ZoneId zone;
    final Select<DeadlineKind> kind = new Select<>();
    final DateTimePicker from = new DateTimePicker();
    final Div result = new Div();

    @Inject
    public DeadlineCalculatorView(WorkingTimes workingTimes, CurrentOrganisation organisation, Clock clock) {
        this.workingTimes = workingTimes;
        this.organisationId = organisation.id();
        this.zone = organisation.zone();
        setMaxWidth("60rem");
        kind.setLabel(getTranslation("calculator.kind"));
        kind.setItems(DeadlineKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        kind.setValue(DeadlineKind.INCIDENT);
        kind.setId("calculator-kind");
        from.setLabel(getTranslation("calculator.from"));
        from.setDatePickerI18n(ru.otklik.base.ui.Pickers.datePicker("").getI18n());
        from.setLocale(getLocale());
        from.setStep(java.time.Duration.ofMinutes(15));
        from.setValue(LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES));
        from.setId("calculator-from");
        Button calculate = new Button(getTranslation("calculator.calculate"), e -> calculate());
        calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        calculate.setId("calculator-calculate");
        HorizontalLayout inputs = new HorizontalLayout(kind, from, calculate);
        inputs.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        inputs.setWrap(true);
        result.setId("calculator-result");
        result.addClassName("card");
        result.setVisible(false);
        add(new H2(getTranslation("calculator.title")),
                new Paragraph(getTranslation("calculator.intro", zone.getId())), inputs, result);
        kind.addValueChangeListener(e -> calculate());
        from.addValueChangeListener(e -> calculate());
        calculate();
    }

    private void calculate() {
        if (kind.getValue() == null || from.getValue() == null) {
            result.setVisible(false);
            return;
        }
        DeadlineCalculation c;
        try {
            c = workingTimes.calculate(organisationId, kind.getValue(), from.getValue().atZone(zone).toInstant());
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
            result.setVisible(false);
            return;
        }
        result.removeAll();
        Span due = new Span(Formats.DATE_TIME.format(c.dueAt().atZone(zone)));
        due.setId("calculator-due");
        due.addClassName("calculator-due");
        result.add(new H3(getTranslation("calculator.due")), due,
                new Paragraph(getTranslation("calculator.between", Formats.workingTime(c.workingMinutes(), getLocale()))));
        if (!c.confirmed()) {
            Paragraph unconfirmed = new Paragraph(getTranslation("calendar.unconfirmed.short"));
            unconfirmed.addClassName("warning-text");
            result.add(unconfirmed);
        }
        if (c.skipped().isEmpty()) {
            result.add(new Paragraph(getTranslation("calculator.no-days-off")));
        } else {
            UnorderedList days = new UnorderedList();
            days.setId("calculator-skipped");
            for (WorkingTime.SkippedDay d : c.skipped()) {
                String why = d.holiday() != null ? d.holiday()
                        : d.movedFrom() != null ? getTranslation("calculator.moved", Formats.date(d.movedFrom()))
                        : getTranslation("calculator.weekend");
                days.add(new ListItem(new Text(Formats.date(d.date()) + " — " + why)));
            }
            result.add(new Paragraph(getTranslation("calculator.skipped")), days);
        }
        result.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calculator.title");
    }
}
