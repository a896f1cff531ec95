package ru.otklik.worktime.control;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The production calendar over many years: the loaded years as published by government decree,
 * and for any other year the Labour Code alone ({@link LabourCode#fallback}, unconfirmed).
 */
public final class ProductionCalendar {

    private final Map<Integer, CalendarYear> loaded;
    private final Map<Integer, CalendarYear> fallbacks = new ConcurrentHashMap<>();

    public ProductionCalendar(Map<Integer, CalendarYear> loaded) {
        this.loaded = Collections.unmodifiableMap(new TreeMap<>(loaded));
    }

    /** The calendar of the year: loaded, or built from the Labour Code and marked unconfirmed. */
    public CalendarYear year(int year) {
        CalendarYear y = loaded.get(year);
        return y != null ? y : fallbacks.computeIfAbsent(year, LabourCode::fallback);
    }

    public boolean isConfirmed(int year) {
        return loaded.containsKey(year) && loaded.get(year).confirmed();
    }

    public Map<Integer, CalendarYear> loaded() {
        return loaded;
    }

    public CalendarDay listed(LocalDate date) {
        return year(date.getYear()).days().get(date);
    }
}
