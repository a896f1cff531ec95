package ru.otklik.worktime.boundary;

import jakarta.ejb.ApplicationException;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.worktime.control.CalendarProblem;

import java.io.Serial;
import java.util.List;

/** An imported calendar file refused, with every problem and its line. Nothing was changed. */
@ApplicationException(rollback = true)
public class CalendarImportRefused extends RequestRefused {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<CalendarProblem> problems;

    public CalendarImportRefused(List<CalendarProblem> problems) {
        super("calendar.import.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<CalendarProblem> problems() {
        return problems;
    }
}
