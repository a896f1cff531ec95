package ru.otklik.base.ui;

import com.vaadin.flow.server.VaadinSession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates as dd.MM.yyyy and times in the organisation's time zone, everywhere in the UI.
 * The zone is kept in the Vaadin session when the user logs in.
 */
public final class Formats {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");
    public static final String DATE_PATTERN = "dd.MM.yyyy";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    public static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private Formats() {
    }

    /** The organisation's zone of the current session (Moscow when there is none yet). */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        ZoneId zone = session == null ? null : session.getAttribute(ZoneId.class);
        return zone == null ? DEFAULT_ZONE : zone;
    }

    public static void useZone(VaadinSession session, ZoneId zone) {
        session.setAttribute(ZoneId.class, zone);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone()));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    /** A span of working time as "4 ч 15 мин" / "4 h 15 min" (negative spans get a minus sign). */
    public static String workingTime(long minutes, java.util.Locale locale) {
        long m = Math.abs(minutes);
        String text = Translations.translate("duration.hours-minutes", locale, m / 60, m % 60);
        return minutes < 0 ? "−" + text : text;
    }

    public static String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(zone()));
    }
}
