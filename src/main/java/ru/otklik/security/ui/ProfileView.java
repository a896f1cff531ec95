package ru.otklik.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.ReplacesOneTimePassword;
import ru.otklik.base.ui.Toasts;
import ru.otklik.base.ui.Translations;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.control.Passwords;
import ru.otklik.security.entity.StaffUser;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The user's own profile: who they are, their roles, their language, and their password.
 * A user holding a one-time password is brought here first and must replace it.
 */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle, ReplacesOneTimePassword {

    private final Staff staff;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    @Inject
    public ProfileView(Staff staff) {
        this.staff = staff;
        StaffUser me = staff.me();
        setMaxWidth("48rem");
        add(new H2(getTranslation("profile.title")));
        if (me.isPasswordChangeRequired()) {
            Paragraph mustChange = new Paragraph(getTranslation("profile.must-change"));
            mustChange.addClassName("warning-text");
            mustChange.setId("must-change-password");
            add(mustChange);
        }
        add(new Paragraph(getTranslation("profile.who", me.getFullName(), me.getLogin())));
        add(new Paragraph(getTranslation("profile.roles", me.getRoles().isEmpty() ? getTranslation("profile.no-roles")
                : me.getRoles().stream().map(r -> getTranslation(r.key())).collect(Collectors.joining(", ")))));
        add(languageChoice(me), passwordForm(me));
    }

    private RadioButtonGroup<String> languageChoice(StaffUser me) {
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("profile.language"));
        language.setItems("ru", "en");
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        language.setValue(Translations.supported(Locale.forLanguageTag(me.getLocale())).getLanguage());
        language.setId("profile-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                staff.changeOwnLanguage(e.getValue());
                Locale locale = Translations.supported(Locale.forLanguageTag(e.getValue()));
                VaadinSession.getCurrent().setLocale(locale);
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return language;
    }

    private VerticalLayout passwordForm(StaffUser me) {
        current.setLabel(getTranslation("profile.password.current"));
        current.setId("password-current");
        next.setLabel(getTranslation("profile.password.new"));
        next.setHelperText(getTranslation("profile.password.rules", Passwords.MIN_LENGTH));
        next.setId("password-new");
        repeat.setLabel(getTranslation("profile.password.repeat"));
        repeat.setId("password-repeat");
        Button save = new Button(getTranslation("profile.password.save"), e -> changePassword(me.getLogin()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-save");
        FormLayout fields = new FormLayout(current, next, repeat);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("profile.password.title")), fields, save);
        box.setPadding(false);
        return box;
    }

    private void changePassword(String login) {
        next.setInvalid(false);
        repeat.setInvalid(false);
        String weakness = Passwords.weakness(next.getValue(), login).orElse(null);
        if (weakness != null) {
            next.setErrorMessage(getTranslation(weakness, Passwords.MIN_LENGTH));
            next.setInvalid(true);
            return;
        }
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            staff.changeOwnPassword(current.getValue(), next.getValue());
        } catch (RequestRefused refused) {
            Toasts.refused(refused);
            return;
        }
        current.clear();
        next.clear();
        repeat.clear();
        VaadinSession.getCurrent().setAttribute(AccessControl.MUST_CHANGE_PASSWORD, null);
        Toasts.success(getTranslation("profile.password.changed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }

}
