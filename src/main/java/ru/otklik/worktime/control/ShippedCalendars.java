package ru.otklik.worktime.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The production calendars shipped with the application ({@code src/main/resources/calendar}):
 * 2024-2026 as published by government decree, 2027 as tentative (loaded, but shown as not
 * confirmed until the administrator imports the decree's file), copied into every new organisation
 * on its first start.
 */
public final class ShippedCalendars {

    public static final int FIRST = 2024;
    public static final int LAST = 2027;

    private ShippedCalendars() {
    }

    public static List<CalendarYear> all() {
        List<CalendarYear> years = new ArrayList<>();
        for (int y = FIRST; y <= LAST; y++) {
            String name = "ru-" + y + ".xml";
            try (InputStream in = ShippedCalendars.class.getResourceAsStream("/calendar/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing shipped calendar " + name);
                }
                CalendarYear read = CalendarXml.read(in, description(y));
                // 2027: public data sets agree, but the decree itself was not checked (calendar/README.md)
                years.add(y == LAST ? new CalendarYear(read.year(), read.days(), false, read.source()) : read);
            } catch (IOException | CalendarRejected e) {
                throw new IllegalStateException("shipped calendar " + name + " does not load: " + e.getMessage(), e);
            }
        }
        return years;
    }

    private static String description(int year) {
        return switch (year) {
            case 2024 -> "Постановление Правительства РФ от 10.08.2023 № 1314";
            case 2025 -> "Постановление Правительства РФ от 04.10.2024 № 1335";
            case 2026 -> "Постановление Правительства РФ от 24.09.2025 № 1466";
            default -> "Предварительные данные открытых наборов (постановление не проверено)";
        };
    }
}
