package ru.otklik.security.ui;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import ru.otklik.base.ui.LoginNote;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ru.otklik.base.ui.Translations;
import ru.otklik.security.boundary.SignIn;

import java.util.Locale;

/**
 * The login page, in Russian (English on request). The form posts to {@link SignIn}; the
 * reason of a failed attempt comes back as a query parameter and is shown in the form.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    @Inject
    public LoginView(Instance<LoginNote> notes) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");
        form.setAction(SignIn.PATH.substring(1));
        form.setForgotPasswordButtonVisible(false);
        notice.setId("login-notice");
        notice.setVisible(false);
        Button language = new Button(getTranslation("login.other-language"), e -> switchLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("login-language");
        H1 product = new H1(getTranslation("app.name"));
        Paragraph purpose = new Paragraph(getTranslation("app.purpose"));
        Div header = new Div(product, purpose);
        header.addClassName("login-header");
        add(header, form, notice, language);
        notes.stream().map(LoginNote::create).filter(Objects::nonNull).forEach(this::add);
        form.setI18n(i18n(null));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String error = query.getSingleParameter("error").orElse(null);
        if (error == null) {
            return;
        }
        String message = switch (error) {
            case "locked" -> getTranslation("login.error.locked",
                    query.getSingleParameter("wait").filter(w -> w.matches("\\d{1,6}")).orElse("60"));
            case "empty" -> getTranslation("login.error.empty");
            default -> getTranslation("login.error.bad");
        };
        form.setI18n(i18n(message));
        form.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage e = i18n.getErrorMessage();
        e.setTitle(getTranslation("login.error.title"));
        e.setMessage(errorMessage == null ? getTranslation("login.error.bad") : errorMessage);
        e.setUsername(getTranslation("login.error.username-required"));
        e.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    private void switchLanguage() {
        Locale next = Translations.ENGLISH.equals(getLocale()) ? Translations.RUSSIAN : Translations.ENGLISH;
        VaadinSession.getCurrent().setAttribute(AccessControl.CHOSEN_LOCALE, next);
        VaadinSession.getCurrent().setLocale(next);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }
}
