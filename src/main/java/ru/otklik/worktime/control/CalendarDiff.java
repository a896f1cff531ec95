package ru.otklik.worktime.control;

import ru.otklik.worktime.entity.DayKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** What importing a year would change, date by date, shown to the administrator before it is applied. */
public final class CalendarDiff {

    private CalendarDiff() {
    }

    /**
     * The dates whose kind or holiday differs between the current calendar of the year (loaded or
     * the Labour Code fallback) and the imported one; a {@code null} kind means an ordinary day.
     */
    public static List<Change> between(CalendarYear current, CalendarYear imported) {
        TreeSet<LocalDate> dates = new TreeSet<>(current.days().keySet());
        dates.addAll(imported.days().keySet());
        List<Change> changes = new ArrayList<>();
        for (LocalDate d : dates) {
            CalendarDay before = current.days().get(d);
            CalendarDay after = imported.days().get(d);
            DayKind kindBefore = before == null ? null : before.kind();
            DayKind kindAfter = after == null ? null : after.kind();
            String holidayBefore = before == null ? null : before.holiday();
            String holidayAfter = after == null ? null : after.holiday();
            if (kindBefore != kindAfter || !Objects.equals(holidayBefore, holidayAfter)) {
                changes.add(new Change(d, kindBefore, kindAfter, holidayBefore, holidayAfter));
            }
        }
        return changes;
    }

    /** One changed date. */
    public record Change(LocalDate date, DayKind before, DayKind after, String holidayBefore, String holidayAfter) {
    }
}
