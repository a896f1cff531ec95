package ru.otklik.audit.control;

import jakarta.enterprise.inject.spi.CDI;

import java.security.Principal;

/** The name of whoever is acting now: the logged-in staff member, or "system" for jobs and start-up. */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    public static String current() {
        try {
            Principal principal = CDI.current().select(Principal.class).get();
            String name = principal == null ? null : principal.getName();
            return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
        } catch (RuntimeException noContext) {
            return SYSTEM;
        }
    }
}
