package ru.otklik.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;

/**
 * The Vaadin app shell. Server push runs over WebSocket for server-to-browser messages only;
 * browser-to-server calls stay plain XHR so every call carries the servlet's security identity
 * into the EJB boundaries ({@code @RolesAllowed}).
 */
@Theme("otklik")
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@Meta(name = "robots", content = "noindex")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Отклик");
        settings.setViewport("width=device-width, initial-scale=1");
    }
}
