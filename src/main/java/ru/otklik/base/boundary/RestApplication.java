package ru.otklik.base.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under {@code /api} (the Vaadin UI serves everything else). Resources are
 * boundaries like the EJBs: each declares who may call it. JSON is written by JSON-B, the
 * platform's binding (Vaadin brings Jackson into the WAR, but RESTEasy on WildFly prefers JSON-B
 * unless told otherwise; we rely on that on purpose). Errors are JSON too: {@link ApiErrors}.
 */
@ApplicationPath("api")
public class RestApplication extends Application {
}
