package ru.otklik.worktime.control;

import ru.otklik.worktime.entity.DeadlineKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An organisation's answer terms, the decree's values by default: 8 working hours for an incident
 * and a publication (R1.6), 4 for a high-importance incident (R1.7), 7 working days for the final
 * answer after an interim one (R1.9).
 */
public record DeadlinePolicy(int incidentMinutes, int highImportanceMinutes, int publicationMinutes,
                             int finalAnswerDays) {

    public static final DeadlinePolicy DECREE = new DeadlinePolicy(8 * 60, 4 * 60, 8 * 60, 7);
    /** The longest term in working minutes (a working month); anything longer is a typing error. */
    public static final int MAX_MINUTES = 22 * 8 * 60;
    public static final int MAX_DAYS = 60;

    /** Reasons this policy cannot be used, as message keys (field names in the first argument). */
    public List<String[]> problems() {
        List<String[]> problems = new ArrayList<>();
        check(problems, "incidentMinutes", incidentMinutes);
        check(problems, "highImportanceMinutes", highImportanceMinutes);
        check(problems, "publicationMinutes", publicationMinutes);
        if (finalAnswerDays < 1 || finalAnswerDays > MAX_DAYS) {
            problems.add(new String[]{"finalAnswerDays", "policy.problem.days"});
        }
        return problems;
    }

    private static void check(List<String[]> problems, String field, int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            problems.add(new String[]{field, "policy.problem.minutes"});
        }
    }

    /** The due instant of a term starting at {@code from} (for FINAL_AFTER_INTERIM: the interim answer's time). */
    public Instant due(WorkingTime time, DeadlineKind kind, Instant from) {
        return switch (kind) {
            case INCIDENT -> time.plusWorkingMinutes(from, incidentMinutes);
            case HIGH_IMPORTANCE -> time.plusWorkingMinutes(from, highImportanceMinutes);
            case PUBLICATION -> time.plusWorkingMinutes(from, publicationMinutes);
            case FINAL_AFTER_INTERIM ->
                    time.endOfNthWorkingDayAfter(LocalDate.ofInstant(from, time.zone()), finalAnswerDays);
        };
    }
}
