package ru.otklik.message.control;

import ru.otklik.message.entity.MessageKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of an imported table holds which field of a message, guessed from the headers
 * (Russian or English, as monitoring systems export them) and adjustable by the user; and the
 * reading of one row into a message's fields, with every problem of the row named.
 */
public final class ImportMapping {

    /** The fields a row can give. */
    public enum Field {
        KIND(true), NETWORK(true), TEXT(true), DETECTED_AT(true), TOPIC(false), URL(false), AUTHOR_NAME(false),
        AUTHOR_URL(false), SOURCE(false), EXTERNAL_ID(false);

        private final boolean required;

        Field(boolean required) {
            this.required = required;
        }

        public boolean required() {
            return required;
        }

        public String key() {
            return "import.field." + name();
        }
    }

    private static final Map<Field, String[]> HINTS = new EnumMap<>(Map.of(
            Field.KIND, new String[]{"вид", "тип", "kind", "type", "важность"},
            Field.NETWORK, new String[]{"сеть", "соцсеть", "источник публикации", "network", "platform", "площадка"},
            Field.TEXT, new String[]{"текст", "сообщение", "text", "message", "содержание"},
            Field.DETECTED_AT, new String[]{"выявлено", "дата", "время", "detected", "date", "created"},
            Field.TOPIC, new String[]{"тема", "рубрика", "topic", "category", "категория"},
            Field.URL, new String[]{"ссылка", "url", "link", "адрес публикации"},
            Field.AUTHOR_NAME, new String[]{"автор", "author", "пользователь", "user"},
            Field.AUTHOR_URL, new String[]{"профиль", "ссылка на автора", "author url", "profile"},
            Field.SOURCE, new String[]{"система", "source", "мониторинг"},
            Field.EXTERNAL_ID, new String[]{"id", "номер", "внешний", "external", "идентификатор"}));

    private static final DateTimeFormatter[] LOCAL_FORMATS = {
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy H:mm"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")};

    private ImportMapping() {
    }

    /** Guesses a column for each field from the headers; unmatched fields are absent. */
    public static Map<Field, Integer> guess(List<String> headers) {
        Map<Field, Integer> mapping = new EnumMap<>(Field.class);
        // the more specific hints first, so "ссылка на автора" does not become the post's link
        Field[] order = {Field.AUTHOR_URL, Field.EXTERNAL_ID, Field.KIND, Field.NETWORK, Field.TEXT, Field.DETECTED_AT,
                Field.TOPIC, Field.URL, Field.AUTHOR_NAME, Field.SOURCE};
        for (Field field : order) {
            for (int c = 0; c < headers.size(); c++) {
                String h = headers.get(c) == null ? "" : headers.get(c).strip().toLowerCase(Locale.ROOT);
                if (mapping.containsValue(c) || h.isEmpty()) {
                    continue;
                }
                for (String hint : HINTS.get(field)) {
                    if (h.equals(hint) || h.contains(hint)) {
                        mapping.put(field, c);
                        break;
                    }
                }
                if (mapping.containsKey(field)) {
                    break;
                }
            }
        }
        return mapping;
    }

    /** The kind written as the enum name or in Russian. */
    public static MessageKind kind(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.contains("повыш") || t.contains("high")) {
            return MessageKind.HIGH_IMPORTANCE;
        }
        if (t.startsWith("инцидент") || t.equals("incident")) {
            return MessageKind.INCIDENT;
        }
        if (t.startsWith("публикац") || t.equals("publication")) {
            return MessageKind.PUBLICATION;
        }
        return null;
    }

    /** A detection time: with an offset, or local in the organisation's zone (ISO or dd.MM.yyyy HH:mm). */
    public static Instant instant(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            // try the local forms
        }
        for (DateTimeFormatter f : LOCAL_FORMATS) {
            try {
                return LocalDateTime.parse(t, f).atZone(zone).toInstant();
            } catch (DateTimeParseException next) {
                // try the next
            }
        }
        try {
            return LocalDate.parse(t, DateTimeFormatter.ofPattern("dd.MM.yyyy")).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The required fields the mapping leaves without a column. */
    public static List<Field> missing(Map<Field, Integer> mapping) {
        List<Field> missing = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f.required() && !mapping.containsKey(f)) {
                missing.add(f);
            }
        }
        return missing;
    }
}
