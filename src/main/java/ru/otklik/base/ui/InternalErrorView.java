package ru.otklik.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page that failed to open: a friendly message with an incident code, no stack trace. */
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        show("error.unexpected.title", FriendlyErrors.describe(event.getUI(), parameter.getException()));
        setId("internal-error");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
