package ru.otklik.worktime.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Formats;
import ru.otklik.base.ui.Toasts;
import ru.otklik.worktime.boundary.WorkingCalendars;
import ru.otklik.worktime.control.DeadlinePolicy;
import ru.otklik.worktime.entity.WorkSchedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Map;

/**
 * Настройки → График и сроки: the organisation's working hours per weekday with a lunch break,
 * and the answer terms (the decree's 8 h, 4 h and 7 working days by default). Saving recomputes
 * the open deadlines.
 */
@Route("settings/schedule")
@Menu(title = "menu.schedule", order = 83, icon = "vaadin:clock")
@RolesAllowed(Roles.ADMIN)
public class ScheduleView extends VerticalLayout implements HasDynamicTitle {

    private final WorkingCalendars calendars;
    private final Map<DayOfWeek, Row> rows = new EnumMap<>(DayOfWeek.class);
    final IntegerField incident = minutes("schedule.policy.incident");
    final IntegerField highImportance = minutes("schedule.policy.high");
    final IntegerField publication = minutes("schedule.policy.publication");
    final IntegerField finalDays = new IntegerField();

    @Inject
    public ScheduleView(WorkingCalendars calendars) {
        this.calendars = calendars;
        setMaxWidth("64rem");
        WorkSchedule schedule = calendars.schedule();
        Div week = new Div();
        week.addClassName("schedule-week");
        for (DayOfWeek day : DayOfWeek.values()) {
            Row row = new Row(day, schedule.hours(day).orElse(null));
            rows.put(day, row);
            week.add(row.layout);
        }
        Button saveSchedule = new Button(getTranslation("schedule.save"), e -> saveSchedule());
        saveSchedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSchedule.setId("schedule-save");

        DeadlinePolicy policy = calendars.policy();
        incident.setValue(policy.incidentMinutes());
        highImportance.setValue(policy.highImportanceMinutes());
        publication.setValue(policy.publicationMinutes());
        finalDays.setLabel(getTranslation("schedule.policy.final"));
        finalDays.setMin(1);
        finalDays.setMax(DeadlinePolicy.MAX_DAYS);
        finalDays.setStepButtonsVisible(true);
        finalDays.setValue(policy.finalAnswerDays());
        finalDays.setId("policy-final");
        Button savePolicy = new Button(getTranslation("schedule.policy.save"), e -> savePolicy());
        savePolicy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePolicy.setId("policy-save");
        Button decree = new Button(getTranslation("schedule.policy.decree"), e -> {
            incident.setValue(DeadlinePolicy.DECREE.incidentMinutes());
            highImportance.setValue(DeadlinePolicy.DECREE.highImportanceMinutes());
            publication.setValue(DeadlinePolicy.DECREE.publicationMinutes());
            finalDays.setValue(DeadlinePolicy.DECREE.finalAnswerDays());
        });
        HorizontalLayout policyFields = new HorizontalLayout(incident, highImportance, publication, finalDays);
        policyFields.setWrap(true);

        add(new H2(getTranslation("schedule.title")),
                new Paragraph(getTranslation("schedule.intro", schedule.zone().getId())),
                new Anchor("settings/organisation", getTranslation("schedule.zone-link")),
                week, saveSchedule,
                new H3(getTranslation("schedule.policy.title")), new Paragraph(getTranslation("schedule.policy.intro")),
                policyFields, new HorizontalLayout(savePolicy, decree));
    }

    private IntegerField minutes(String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(1);
        f.setMax(DeadlinePolicy.MAX_MINUTES);
        f.setSuffixComponent(new Span(getTranslation("schedule.minutes")));
        f.addValueChangeListener(e -> f.setHelperText(e.getValue() == null ? null
                : Formats.workingTime(e.getValue(), getLocale())));
        f.setId("policy-" + key.substring(key.lastIndexOf('.') + 1));
        return f;
    }

    private void saveSchedule() {
        Map<DayOfWeek, WorkSchedule.DayHours> week = new EnumMap<>(DayOfWeek.class);
        rows.forEach((day, row) -> {
            if (row.working.getValue()) {
                week.put(day, new WorkSchedule.DayHours(row.start.getValue(), row.end.getValue(),
                        row.lunchStart.getValue(), row.lunchEnd.getValue()));
            }
        });
        try {
            calendars.saveSchedule(week);
            Toasts.success(getTranslation("schedule.saved"));
        } catch (RequestRefused refused) {
            String day = refused.parameter();
            String dayName = day == null || "week".equals(day) ? "" : DayOfWeek.valueOf(day)
                    .getDisplayName(TextStyle.FULL_STANDALONE, getLocale());
            Toasts.error(getTranslation(refused.key(), dayName));
        }
    }

    private void savePolicy() {
        if (incident.getValue() == null || highImportance.getValue() == null || publication.getValue() == null
                || finalDays.getValue() == null) {
            Toasts.error(getTranslation("schedule.policy.incomplete"));
            return;
        }
        try {
            calendars.savePolicy(new DeadlinePolicy(incident.getValue(), highImportance.getValue(),
                    publication.getValue(), finalDays.getValue()));
            Toasts.success(getTranslation("schedule.policy.saved"));
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
        }
    }

    /** The controls of one weekday. */
    private final class Row {
        final Checkbox working = new Checkbox();
        final TimePicker start = picker("schedule.start");
        final TimePicker end = picker("schedule.end");
        final TimePicker lunchStart = picker("schedule.lunch-start");
        final TimePicker lunchEnd = picker("schedule.lunch-end");
        final Component layout;

        Row(DayOfWeek day, WorkSchedule.DayHours hours) {
            String name = day.getDisplayName(TextStyle.FULL_STANDALONE, getLocale());
            working.setLabel(name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1));
            working.setId("schedule-" + day.name().toLowerCase() + "-working");
            working.setValue(hours != null);
            start.setValue(hours == null ? LocalTime.of(8, 0) : hours.start());
            end.setValue(hours == null ? LocalTime.of(17, 0) : hours.end());
            lunchStart.setValue(hours == null ? LocalTime.of(12, 0) : hours.lunchStart());
            lunchEnd.setValue(hours == null ? LocalTime.of(13, 0) : hours.lunchEnd());
            start.setId("schedule-" + day.name().toLowerCase() + "-start");
            end.setId("schedule-" + day.name().toLowerCase() + "-end");
            working.addValueChangeListener(e -> enable(e.getValue()));
            enable(hours != null);
            HorizontalLayout line = new HorizontalLayout(working, start, end, lunchStart, lunchEnd);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            working.setWidth("10rem");
            layout = line;
        }

        private void enable(boolean on) {
            for (TimePicker p : new TimePicker[]{start, end, lunchStart, lunchEnd}) {
                p.setEnabled(on);
            }
        }

        private TimePicker picker(String key) {
            TimePicker p = new TimePicker(getTranslation(key));
            p.setStep(Duration.ofMinutes(15));
            p.setLocale(getLocale());
            p.setClearButtonVisible(key.contains("lunch"));
            p.setWidth("8rem");
            return p;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.title");
    }
}
