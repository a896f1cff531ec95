package ru.otklik.base.ui;

import com.vaadin.flow.server.VaadinRequest;

/**
 * What a view may ask of the request it is built in: whether its user holds a role, to show or
 * hide an action. The boundaries check the roles again; this only spares a button that would be
 * refused.
 */
public final class CurrentRequest {

    private CurrentRequest() {
    }

    /** Whether the user of the current request holds any of the roles ({@code false} outside a request). */
    public static boolean hasAnyRole(String... roles) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return false;
        }
        for (String role : roles) {
            if (request.isUserInRole(role)) {
                return true;
            }
        }
        return false;
    }
}
