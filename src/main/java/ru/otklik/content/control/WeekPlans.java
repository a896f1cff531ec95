package ru.otklik.content.control;

import ru.otklik.content.entity.PostStatus;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of the weekly target (R2.4): ISO weeks (Monday to Sunday) in the organisation's
 * time zone; a published post counts in the week it went out, a planned one in the week it is
 * planned for; a post in several accounts counts once in each; cancelled posts never count.
 */
public final class WeekPlans {

    private WeekPlans() {
    }

    /** What the arithmetic needs of a post. */
    public record Slot(Set<Long> accountIds, PostStatus status, Instant at) {
    }

    /** The Monday of the ISO week the instant falls in, in the zone. */
    public static LocalDate weekStart(Instant at, ZoneId zone) {
        return weekStart(at.atZone(zone).toLocalDate());
    }

    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first instant of the week starting on {@code monday}, and of the week after it. */
    public static Instant[] bounds(LocalDate monday, ZoneId zone) {
        return new Instant[]{monday.atStartOfDay(zone).toInstant(), monday.plusWeeks(1).atStartOfDay(zone).toInstant()};
    }

    /** Each account's count for each of the weeks, accounts in the given order, weeks in theirs. */
    public static List<WeekCount> count(Collection<Slot> posts, List<Long> accountIds, List<LocalDate> weeks,
                                        ZoneId zone, int target) {
        Map<Long, Map<LocalDate, int[]>> counts = new HashMap<>();
        for (Slot post : posts) {
            if (post.status() == PostStatus.CANCELLED || post.at() == null) {
                continue;
            }
            LocalDate week = weekStart(post.at(), zone);
            for (Long account : post.accountIds()) {
                int[] c = counts.computeIfAbsent(account, a -> new HashMap<>()).computeIfAbsent(week, w -> new int[2]);
                c[post.status() == PostStatus.PUBLISHED ? 1 : 0]++;
            }
        }
        List<WeekCount> result = new ArrayList<>();
        for (Long account : accountIds) {
            for (LocalDate week : weeks) {
                int[] c = counts.getOrDefault(account, Map.of()).getOrDefault(weekStart(week), new int[2]);
                result.add(new WeekCount(account, weekStart(week), c[0], c[1], target));
            }
        }
        return result;
    }
}
