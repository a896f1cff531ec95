package ru.otklik.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a component puts into the shell's header (the notification bell, for instance),
 * found by CDI, so the shell does not depend on the components that contribute.
 */
public interface ShellItem {

    /** A new component for one UI's header, or null when this user has nothing to show here. */
    Component create();

    /** Left to right; smaller first. */
    default int order() {
        return 100;
    }
}
