package ru.otklik.worktime.entity;

/** The terms of the decree, each counted in working time. */
public enum DeadlineKind {
    /** R1.6: an incident, 8 working hours from detection. */
    INCIDENT,
    /** R1.7: a high-importance incident, 4 working hours from detection. */
    HIGH_IMPORTANCE,
    /** R1.6: a publication found by staff, 8 working hours from detection. */
    PUBLICATION,
    /** R1.9: the final answer after an interim one, 7 working days from the day of the interim answer. */
    FINAL_AFTER_INTERIM;

    public String key() {
        return "deadline.kind." + name();
    }
}
