package ru.otklik.report.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The report as titled tables of rows, the same for the page, the XLSX and the PDF, so the three
 * never disagree. A cell is a String, a Long, a Double (a share 0..1 in the row {@link Table#percent} names)
 * or null.
 */
public final class ReportSections {

    public record Table(String title, List<String> headers, List<List<Object>> rows, int percentRow) {

        /** Whether the row's value is a share, shown as a percentage. */
        public boolean percent(int row) {
            return row == percentRow;
        }
    }

    private ReportSections() {
    }

    public static List<Table> of(Report r, Texts t) {
        List<Table> tables = new ArrayList<>();
        Report.Results res = r.results();
        Report.Quality q = r.quality();
        tables.add(new Table(t.t("report.summary"), List.of(t.t("report.figure"), t.t("report.value")), List.of(
                row(t.t("report.total"), res.total()),
                row(t.t("report.answered"), res.answered()),
                row(t.t("report.no-answer"), res.noAnswer()),
                row(t.t("report.in-progress"), res.inProgress()),
                row(t.t("report.in-time"), q.answeredInTime()),
                row(t.t("report.share-in-time"), q.shareInTime()),
                row(t.t("report.overdue"), q.overdue()),
                row(t.t("report.closed-late"), q.closedLate()),
                row(t.t("report.open-overdue"), q.openOverdue()),
                row(t.t("report.median-hours"), q.medianHours()),
                row(t.t("report.p90-hours"), q.p90Hours()),
                row(t.t("report.with-interim"), q.withInterim()),
                row(t.t("report.interim-final-in-time"), q.interimFinalInTime()),
                row(t.t("report.drafts-returned"), q.draftsReturned()),
                row(t.t("report.previous-total"), r.dynamics().previousTotal())), 5));
        tables.add(counts(t.t("report.by-kind"), t.t("report.kind"), t, res.byKind()));
        tables.add(counts(t.t("report.by-status"), t.t("report.status"), t, res.byStatus()));
        tables.add(counts(t.t("report.by-network"), t.t("report.network"), t, res.byNetwork()));
        tables.add(counts(t.t("report.by-executor"), t.t("report.executor"), t, res.byExecutor()));
        tables.add(counts(t.t("report.no-answer-grounds"), t.t("report.ground"), t, res.noAnswerGrounds()));
        List<List<Object>> dyn = new ArrayList<>();
        r.dynamics().buckets().forEach(b -> dyn.add(List.of(b.label(), b.current(), b.previous())));
        tables.add(new Table(t.t("report.dynamics"), List.of(t.t("report.granularity." + r.dynamics().granularity()),
                t.t("report.current"), t.t("report.previous")), dyn, -1));
        List<List<Object>> topics = new ArrayList<>();
        r.topics().forEach(tr -> topics.add(List.of(tr.label(), tr.current(), tr.previous(), tr.change())));
        tables.add(new Table(t.t("report.topics"), List.of(t.t("report.topic"), t.t("report.current"),
                t.t("report.previous"), t.t("report.change")), topics, -1));
        tables.add(counts(t.t("report.repeated-authors"), t.t("report.author"), t, r.repeatedAuthors()));
        return tables;
    }

    private static Table counts(String title, String what, Texts t, List<Report.Count> counts) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach(c -> rows.add(List.of(c.label(), c.count())));
        return new Table(title, List.of(what, t.t("report.count")), rows, -1);
    }

    private static List<Object> row(String label, Object value) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.add(value);
        return row;
    }
}
