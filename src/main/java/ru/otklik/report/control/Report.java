package ru.otklik.report.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A report for a period, with every label already in the reader's language. Texts that strangers
 * wrote (authors' names) are data, shown as text only.
 */
public record Report(String organisation, ZoneId zone, LocalDate from, LocalDate to, Instant generatedAt,
                     String author, Results results, Quality quality, Dynamics dynamics, List<Trend> topics,
                     List<Count> repeatedAuthors) {

    /** A labelled count. */
    public record Count(String label, long count) {
    }

    /** A label counted in this period and in the previous one of the same length. */
    public record Trend(String label, long current, long previous) {

        public long change() {
            return current - previous;
        }
    }

    /** What came in and what became of it. */
    public record Results(long total, List<Count> byKind, List<Count> byNetwork, List<Count> byTopic,
                          List<Count> byStatus, List<Count> byExecutor, long answered, long noAnswer,
                          long inProgress, List<Count> noAnswerGrounds) {
    }

    /**
     * How well: answered within the deadline (the first answer by its term and, after an interim
     * one, the final by the 7th working day, R1.6-R1.9), overdue, working hours to the first answer.
     *
     * @param medianHours null when nothing was answered
     */
    public record Quality(long answered, long answeredInTime, long closedLate, long openOverdue,
                          Double medianHours, Double p90Hours, long withInterim, long interimFinalInTime,
                          long draftsReturned) {

        /** Share of answered messages answered in time, 0..1; null when nothing was answered. */
        public Double shareInTime() {
            return answered == 0 ? null : (double) answeredInTime / answered;
        }

        public long overdue() {
            return closedLate + openOverdue;
        }
    }

    public enum Granularity {
        DAY,
        WEEK,
        MONTH
    }

    /** Counts per day, week or month of the period, the previous period's beside them. */
    public record Dynamics(Granularity granularity, List<Bucket> buckets, long previousTotal) {
    }

    /** @param label the bucket's start as shown (dd.MM.yyyy, or MM.yyyy for months) */
    public record Bucket(LocalDate start, String label, long current, long previous) {
    }
}
