package ru.otklik.worktime.control;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/** The production calendars shipped with the application (2024-2027), for tests. */
final class Calendars {

    static final ProductionCalendar SHIPPED = load();

    private Calendars() {
    }

    static CalendarYear year(int year) {
        try (InputStream in = Calendars.class.getResourceAsStream("/calendar/ru-" + year + ".xml")) {
            return CalendarXml.read(in, "ru-" + year + ".xml");
        } catch (Exception e) {
            throw new IllegalStateException("shipped calendar " + year + " does not load", e);
        }
    }

    private static ProductionCalendar load() {
        Map<Integer, CalendarYear> years = new HashMap<>();
        for (int y = 2024; y <= 2027; y++) {
            years.put(y, year(y));
        }
        return new ProductionCalendar(years);
    }
}
