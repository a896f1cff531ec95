package ru.otklik.content.control;

import java.time.LocalDate;

/**
 * One account's week against the target (R2.4): posts still planned for it and posts published in
 * it; cancelled posts do not count.
 */
public record WeekCount(long accountId, LocalDate weekStart, int planned, int published, int target) {

    public int total() {
        return planned + published;
    }

    public boolean fallsShort() {
        return total() < target;
    }

    public int missing() {
        return Math.max(0, target - total());
    }
}
