package ru.otklik.base.ui;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import jakarta.enterprise.inject.Default;

/**
 * Vaadin's default menu access control as a CDI bean: vaadin-cdi 15.0 cannot build the
 * {@code MenuAccessControl} that {@code MenuConfiguration} asks its instantiator for. Menu
 * entries are filtered by each view's access annotations (and again in the main layout).
 */
@Default
@VaadinServiceEnabled
public class MenuAccess extends DefaultMenuAccessControl {
}
