package ru.otklik.base.control;

import java.time.ZoneId;

/**
 * The organisation (settlement) of the caller of the current request. Implemented by the
 * security component, which knows who the caller is; components below it depend only on this
 * interface, so the dependency graph keeps one direction.
 */
public interface CurrentOrganisation {

    /** The caller's organisation id; throws if there is no authenticated staff caller. */
    long id();

    /** The organisation's time zone, in which all its dates and deadlines are shown. */
    ZoneId zone();
}
