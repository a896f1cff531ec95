package ru.otklik.content.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * An account's week will miss the weekly target (R2.4): fired once per account and week by the
 * weekly check, so that the SMM editors responsible and the curators hear of it in time.
 */
public record WeekFallsShort(long organisationId, long accountId, String accountName, Set<Long> responsibleIds,
                             LocalDate weekStart, int planned, int published, int target) {
}
