package ru.otklik.worktime.control;

import java.io.Serial;
import java.util.List;

/** An imported calendar file that cannot be used, with every problem found. */
public class CalendarRejected extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<CalendarProblem> problems;

    public CalendarRejected(List<CalendarProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<CalendarProblem> problems() {
        return problems;
    }
}
