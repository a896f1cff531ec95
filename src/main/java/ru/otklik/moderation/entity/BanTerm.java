package ru.otklik.moderation.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** How long a ban lasts: VK's choices, or until a date (inclusive, in the organisation's zone). */
public enum BanTerm {
    DAY, THREE_DAYS, WEEK, MONTH, FOREVER, UNTIL_DATE;

    public String key() {
        return "moderation.term." + name();
    }

    /**
     * When a ban of this term that starts at {@code start} ends: {@code null} for ever; for
     * {@link #UNTIL_DATE}, at the end of {@code until} (the start of the next day in {@code zone}).
     */
    public Instant endOf(Instant start, LocalDate until, ZoneId zone) {
        return switch (this) {
            case DAY -> start.plus(Duration.ofDays(1));
            case THREE_DAYS -> start.plus(Duration.ofDays(3));
            case WEEK -> start.plus(Duration.ofDays(7));
            case MONTH -> start.atZone(zone).plusMonths(1).toInstant();
            case FOREVER -> null;
            case UNTIL_DATE -> until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant();
        };
    }
}
