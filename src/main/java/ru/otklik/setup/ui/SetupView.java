package ru.otklik.setup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.ReplacesOneTimePassword;
import ru.otklik.base.ui.SignOut;
import ru.otklik.base.ui.TimeZones;
import ru.otklik.base.ui.Toasts;
import ru.otklik.demo.boundary.DemoData;
import ru.otklik.security.boundary.Logins;
import ru.otklik.security.boundary.Staff;
import ru.otklik.setup.boundary.FirstStart;
import ru.otklik.setup.boundary.FirstStartDraft;
import ru.otklik.worktime.entity.WorkSchedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The first-start wizard (issue 10): on an empty installation the first administrator comes
 * here from any address until it is complete. Steps: their own password (when they still hold
 * the one-time one), the organisation, the working hours, then a summary with "Завершить
 * настройку". Each step checks its fields before the next one opens; nothing is saved until the
 * last step, and then everything at once ({@link FirstStart#complete}). Once complete, this
 * address sends the user home. No menu: nothing else is open before the end.
 */
@Route(value = "setup", autoLayout = false)
@RolesAllowed(Roles.ADMIN)
public class SetupView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, ReplacesOneTimePassword {

    private final FirstStart firstStart;
    private final Staff staff;
    private final Logins logins;
    private final DemoData demo;
    private final List<Step> steps = new ArrayList<>();
    private final Div stepper = new Div();
    private final Div body = new Div();
    private final Paragraph problem = new Paragraph();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button finish = new Button();
    private FirstStartDraft draft;
    private int current;

    // the password step
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordRepeat = new PasswordField();
    // the organisation step
    private final TextField name = new TextField();
    private final TextField district = new TextField();
    private final TextField headName = new TextField();
    private final TextField curatorName = new TextField();
    private final TextField responsibleOfficial = new TextField();
    private final ComboBox<ZoneId> zone = new ComboBox<>();
    private final BeanValidationBinder<FirstStartDraft> binder = new BeanValidationBinder<>(FirstStartDraft.class);
    // the hours step
    private final Map<DayOfWeek, Row> rows = new EnumMap<>(DayOfWeek.class);
    // the summary step
    private final Div summary = new Div();
    private final Checkbox loadDemo = new Checkbox();

    @Inject
    public SetupView(FirstStart firstStart, Staff staff, Logins logins, DemoData demo) {
        this.firstStart = firstStart;
        this.staff = staff;
        this.logins = logins;
        this.demo = demo;
        setMaxWidth("60rem");
        getStyle().set("margin", "0 auto");
        setId("setup");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!firstStart.pending()) {
            event.forwardTo(""); // runs only once: afterwards the address leads home
            return;
        }
        if (draft == null) {
            draft = firstStart.draft();
            build();
        }
    }

    private void build() {
        Span brand = new Span(getTranslation("app.name"));
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Button logout = new Button(getTranslation("shell.logout"), e -> logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("setup-logout");
        HorizontalLayout top = new HorizontalLayout(brand, logout);
        top.setWidthFull();
        top.expand(brand);
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        if (draft.isPasswordRequired()) {
            steps.add(new Step("setup.step.password", passwordStep(), this::passwordValid));
        }
        steps.add(new Step("setup.step.organisation", organisationStep(), this::organisationValid));
        steps.add(new Step("setup.step.hours", hoursStep(), this::hoursValid));
        steps.add(new Step("setup.step.summary", summaryStep(), () -> true));

        stepper.setId("setup-steps");
        stepper.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap")
                .set("color", "var(--lumo-secondary-text-color)");
        problem.setId("setup-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        body.setWidthFull();

        back.setText(getTranslation("setup.back"));
        back.setId("setup-back");
        back.addClickListener(e -> show(current - 1));
        next.setText(getTranslation("setup.next"));
        next.setId("setup-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            if (steps.get(current).valid().check()) {
                show(current + 1);
            }
        });
        finish.setText(getTranslation("setup.finish"));
        finish.setId("setup-finish");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        finish.addClickListener(e -> complete());
        finish.setDisableOnClick(true);

        add(top, new H2(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), stepper,
                body, problem, new HorizontalLayout(back, next, finish));
        show(0);
    }

    private void show(int index) {
        current = Math.max(0, Math.min(index, steps.size() - 1));
        problem.setVisible(false);
        stepper.removeAll();
        for (int i = 0; i < steps.size(); i++) {
            Span label = new Span(getTranslation("setup.step", i + 1, getTranslation(steps.get(i).title())));
            if (i == current) {
                label.getStyle().set("color", "var(--lumo-body-text-color)").set("font-weight", "600");
                label.setId("setup-current-step");
            }
            stepper.add(label);
        }
        body.removeAll();
        Step step = steps.get(current);
        if (step.title().equals("setup.step.summary")) {
            fillSummary();
        }
        body.add(new H3(getTranslation(step.title())), step.content());
        back.setVisible(current > 0);
        next.setVisible(current < steps.size() - 1);
        finish.setVisible(current == steps.size() - 1);
        finish.setEnabled(true);
    }

    // --- step 1: the administrator's own password -------------------------------------------

    private Component passwordStep() {
        password.setLabel(getTranslation("profile.password.new"));
        password.setHelperText(getTranslation("profile.password.rules", Staff.PASSWORD_MIN_LENGTH));
        password.setId("setup-password");
        passwordRepeat.setLabel(getTranslation("profile.password.repeat"));
        passwordRepeat.setId("setup-password-repeat");
        FormLayout form = new FormLayout(password, passwordRepeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        return new Div(new Paragraph(getTranslation("setup.password.intro")), form);
    }

    private boolean passwordValid() {
        password.setInvalid(false);
        passwordRepeat.setInvalid(false);
        String weakness = staff.passwordWeakness(password.getValue());
        if (weakness != null) {
            password.setErrorMessage(getTranslation(weakness, Staff.PASSWORD_MIN_LENGTH));
            password.setInvalid(true);
            return false;
        }
        if (!password.getValue().equals(passwordRepeat.getValue())) {
            passwordRepeat.setErrorMessage(getTranslation("password.mismatch"));
            passwordRepeat.setInvalid(true);
            return false;
        }
        draft.setNewPassword(password.getValue());
        return true;
    }

    // --- step 2: the organisation ------------------------------------------------------------

    private Component organisationStep() {
        name.setLabel(getTranslation("setup.org.name"));
        name.setHelperText(getTranslation("setup.org.name.help"));
        name.setId("setup-name");
        district.setLabel(getTranslation("org.district"));
        district.setHelperText(getTranslation("setup.org.district.help"));
        district.setId("setup-district");
        headName.setLabel(getTranslation("org.headName"));
        headName.setId("setup-head");
        curatorName.setLabel(getTranslation("org.curatorName"));
        curatorName.setHelperText(getTranslation("org.curatorName.help"));
        curatorName.setId("setup-curator");
        responsibleOfficial.setLabel(getTranslation("org.responsibleOfficial"));
        responsibleOfficial.setHelperText(getTranslation("org.responsibleOfficial.help"));
        responsibleOfficial.setId("setup-responsible");
        for (TextField f : new TextField[]{name, district, headName, curatorName, responsibleOfficial}) {
            f.setMaxLength(200);
            f.setRequiredIndicatorVisible(f != district);
        }
        zone.setLabel(getTranslation("org.zone"));
        zone.setHelperText(getTranslation("setup.org.zone.help"));
        zone.setItems(TimeZones.RUSSIA_FIRST);
        zone.setItemLabelGenerator(ZoneId::getId);
        zone.setId("setup-zone");
        binder.forField(zone).asRequired(getTranslation("org.zone.required")).bind("zone");
        binder.bindInstanceFields(this);
        binder.readBean(draft);
        FormLayout form = new FormLayout(name, district, headName, curatorName, responsibleOfficial, zone);
        return new Div(new Paragraph(getTranslation("setup.org.intro")), form);
    }

    private boolean organisationValid() {
        return binder.writeBeanIfValid(draft);
    }

    // --- step 3: the working hours -------------------------------------------------------------

    private Component hoursStep() {
        Div week = new Div();
        for (DayOfWeek day : DayOfWeek.values()) {
            Row row = new Row(day, draft.getWeek().get(day));
            rows.put(day, row);
            week.add(row.layout);
        }
        return new Div(new Paragraph(getTranslation("setup.hours.intro")), week);
    }

    private boolean hoursValid() {
        Map<DayOfWeek, WorkSchedule.DayHours> week = new EnumMap<>(DayOfWeek.class);
        rows.forEach((day, row) -> {
            if (row.working.getValue()) {
                week.put(day, new WorkSchedule.DayHours(row.start.getValue(), row.end.getValue(),
                        row.lunchStart.getValue(), row.lunchEnd.getValue()));
            }
        });
        List<WorkSchedule.Problem> problems = new WorkSchedule(week, draft.getZone()).problems();
        if (!problems.isEmpty()) {
            WorkSchedule.Problem p = problems.get(0);
            showProblem(getTranslation(p.key(), p.day() == null ? "" : dayName(p.day())));
            return false;
        }
        draft.setWeek(week);
        return true;
    }

    private String dayName(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL_STANDALONE, getLocale());
        return name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1);
    }

    // --- step 4: the summary -----------------------------------------------------------------

    private Component summaryStep() {
        summary.setId("setup-summary");
        // Issue 10: the optional demo data set, off by default; acted on in completed()
        loadDemo.setId("setup-demo");
        loadDemo.setLabel(getTranslation("setup.demo"));
        loadDemo.setHelperText(getTranslation("setup.demo.help"));
        return new Div(new Paragraph(getTranslation("setup.summary.intro")), summary, loadDemo);
    }

    private void fillSummary() {
        summary.removeAll();
        if (draft.isPasswordRequired()) {
            summary.add(line("setup.summary.password", getTranslation("setup.summary.password.new")));
        }
        summary.add(line("setup.org.name", draft.getName()),
                line("org.district", draft.getDistrict() == null || draft.getDistrict().isBlank()
                        ? getTranslation("setup.summary.none") : draft.getDistrict()),
                line("org.headName", draft.getHeadName()),
                line("org.curatorName", draft.getCuratorName()),
                line("org.responsibleOfficial", draft.getResponsibleOfficial()),
                line("org.zone", draft.getZone().getId()));
        for (DayOfWeek day : DayOfWeek.values()) {
            WorkSchedule.DayHours h = draft.getWeek().get(day);
            String hours = h == null ? getTranslation("setup.summary.day-off")
                    : h.lunchStart() == null ? getTranslation("setup.summary.hours", h.start(), h.end())
                    : getTranslation("setup.summary.hours-lunch", h.start(), h.end(), h.lunchStart(), h.lunchEnd());
            summary.add(entry(dayName(day), hours));
        }
    }

    private Div line(String labelKey, String value) {
        return entry(getTranslation(labelKey), value);
    }

    private static Div entry(String label, String value) {
        Span l = new Span(label + ": ");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(l, new Span(value)); // plain text: whatever was typed is never markup
    }

    // --- the end -------------------------------------------------------------------------------

    private void complete() {
        try {
            firstStart.complete(draft);
        } catch (RequestRefused refused) {
            if ("setup.done".equals(refused.key())) { // completed meanwhile, in another tab
                UI.getCurrent().navigate("");
                return;
            }
            String parameter = refused.parameter();
            if ("password".equals(parameter)) {
                show(0);
                showProblem(getTranslation(refused.key(), refused.args()));
            } else if (parameter != null && (parameter.equals("week") || isDay(parameter))) {
                show(steps.size() - 2);
                showProblem(getTranslation(refused.key(), isDay(parameter) ? dayName(DayOfWeek.valueOf(parameter)) : ""));
            } else {
                Toasts.refused(refused);
            }
            finish.setEnabled(true);
            return;
        }
        completed();
    }

    /**
     * The first start is complete: home, where the menu now opens everything. Issue 10: the demo
     * data set, when chosen on the last step, is loaded here, after the organisation is configured
     * (a failed demo load leaves a working, configured installation).
     */
    private void completed() {
        Toasts.success(getTranslation("setup.completed"));
        if (loadDemo.getValue()) {
            try {
                demo.load();
                Toasts.success(getTranslation("demo.loaded"));
            } catch (RequestRefused refused) { // e.g. loaded meanwhile: the installation is configured anyway
                Toasts.refused(refused);
            }
        }
        UI.getCurrent().navigate("");
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private static boolean isDay(String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private void logout() {
        String login = staff.me().getLogin();
        logins.loggedOut(login);
        SignOut.now(login);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }

    /** A step: its title, its fields, and the check that must pass before the next one. */
    private record Step(String title, Component content, Check valid) {
    }

    @FunctionalInterface
    private interface Check {
        boolean check();
    }

    /** The controls of one weekday (as on Настройки → График и сроки). */
    private final class Row {
        final Checkbox working = new Checkbox();
        final TimePicker start = picker("schedule.start");
        final TimePicker end = picker("schedule.end");
        final TimePicker lunchStart = picker("schedule.lunch-start");
        final TimePicker lunchEnd = picker("schedule.lunch-end");
        final Component layout;

        Row(DayOfWeek day, WorkSchedule.DayHours hours) {
            String id = "setup-" + day.name().toLowerCase();
            working.setLabel(dayName(day));
            working.setId(id + "-working");
            working.setValue(hours != null);
            start.setValue(hours == null ? LocalTime.of(8, 0) : hours.start());
            end.setValue(hours == null ? LocalTime.of(17, 0) : hours.end());
            lunchStart.setValue(hours == null ? LocalTime.of(12, 0) : hours.lunchStart());
            lunchEnd.setValue(hours == null ? LocalTime.of(13, 0) : hours.lunchEnd());
            start.setId(id + "-start");
            end.setId(id + "-end");
            lunchStart.setId(id + "-lunch-start");
            lunchEnd.setId(id + "-lunch-end");
            working.addValueChangeListener(e -> {
                enable(e.getValue());
                problem.setVisible(false); // the week's problem was about the week before this change
            });
            for (TimePicker p : new TimePicker[]{start, end, lunchStart, lunchEnd}) {
                p.addValueChangeListener(e -> problem.setVisible(false));
            }
            enable(hours != null);
            working.setWidth("10rem");
            HorizontalLayout line = new HorizontalLayout(working, start, end, lunchStart, lunchEnd);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
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
}
