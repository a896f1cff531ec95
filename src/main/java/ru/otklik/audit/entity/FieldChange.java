package ru.otklik.audit.entity;

/** One changed field: its name and the old and new values as text ({@code null} when absent). */
public record FieldChange(String field, String oldValue, String newValue) {

    /** What the log shows instead of a secret's value. */
    public static final String MASK = "••••••";
}
