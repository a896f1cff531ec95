package ru.otklik.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a component shows on the login page below the form (the demo logins while the demo
 * data set is loaded, for instance), found by CDI, so the login page does not depend on the
 * components that contribute. Called for an anonymous visitor: show nothing that is not public.
 */
public interface LoginNote {

    /** A new component for this visit of the login page, or null when there is nothing to show. */
    Component create();
}
