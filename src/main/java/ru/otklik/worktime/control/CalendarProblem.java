package ru.otklik.worktime.control;

import java.util.Arrays;

/**
 * One reason an imported calendar is refused: the line of the file (0 when it concerns the whole
 * year), a translation key and its arguments.
 */
public record CalendarProblem(int line, String key, Object... args) {

    @Override
    public String toString() {
        return "line " + line + ": " + key + (args.length == 0 ? "" : " " + Arrays.toString(args));
    }
}
