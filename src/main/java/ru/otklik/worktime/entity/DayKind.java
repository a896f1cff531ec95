package ru.otklik.worktime.entity;

/**
 * How a date differs from the ordinary five-day week in the production calendar (the {@code t}
 * attribute of the xmlcalendar format). Weekdays not listed are full working days, Saturdays and
 * Sundays not listed are days off.
 */
public enum DayKind {
    /** t=1: a day off: a public holiday (Labour Code art. 112) or a day off moved by decree. */
    DAY_OFF,
    /** t=2: a working day shortened by one hour (Labour Code art. 95); may fall on a Saturday. */
    SHORTENED,
    /** t=3: a working Saturday or Sunday (a day off moved to another date). */
    WORKING_WEEKEND;

    /** The xmlcalendar code. */
    public int code() {
        return ordinal() + 1;
    }

    public static DayKind ofCode(int code) {
        return switch (code) {
            case 1 -> DAY_OFF;
            case 2 -> SHORTENED;
            case 3 -> WORKING_WEEKEND;
            default -> throw new IllegalArgumentException("unknown day type " + code);
        };
    }

    public String key() {
        return "day-kind." + name();
    }
}
