package ru.otklik.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.otklik.base.Roles;
import ru.otklik.base.control.CurrentOrganisation;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Translations;
import ru.otklik.message.entity.MessageKind;
import ru.otklik.message.entity.MessageStatus;
import ru.otklik.message.entity.NoAnswerGround;
import ru.otklik.org.entity.Organisation;
import ru.otklik.report.control.Charts;
import ru.otklik.report.control.Report;
import ru.otklik.report.control.ReportFiles;
import ru.otklik.report.control.ReportMath;
import ru.otklik.report.control.Texts;
import ru.otklik.security.entity.StaffUser;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * R1.13: the report on the results, quality and dynamics of the work with messages of the
 * caller's organisation for a period (its days in the organisation's time zone), and the same as
 * XLSX and PDF. For the curator, who owns the reports, and the head.
 */
@Stateless
@RolesAllowed({Roles.CURATOR, Roles.HEAD})
public class Reports {

    /** Longer periods are refused: a report is for reading, not for exporting the database. */
    public static final int MAX_YEARS = 2;
    static final LocalDate OLDEST = LocalDate.of(2015, 1, 1);
    static final int TOP = 10;
    private static final Logger LOG = Logger.getLogger(Reports.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentOrganisation organisation;

    @Inject
    Principal principal;

    @Inject
    Clock clock;

    @Inject
    ReportQueries queries;

    public Report build(LocalDate from, LocalDate to, Locale locale) {
        check(from, to);
        long started = System.nanoTime();
        long org = organisation.id();
        Organisation o = em.find(Organisation.class, org);
        ZoneId zone = o.getZone();
        Locale lang = Translations.supported(locale);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        Instant previousStart = from.minusDays(days).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();

        // the scans run side by side (ReportQueries is asynchronous); each reads a covering index
        Future<List<Object[]>> cubeF = queries.cube(org, start, end, now);
        Future<Map<Instant, Long>> hoursF = queries.hours(org, start, end);
        Future<Map<Instant, Long>> previousHoursF = queries.hours(org, previousStart, start);
        Future<Map<Integer, Long>> minutesF = queries.firstAnswerMinutes(org, start, end);
        Future<Map<Long, Long>> previousTopicsF = queries.topics(org, previousStart, start);
        Future<List<Object[]>> authorsF = queries.repeatedAuthors(org, start, end, TOP);
        Future<Long> returnedF = queries.draftsReturned(org, start, end);
        List<Object[]> cube = get(cubeF);
        Map<MessageKind, Long> byKind = new LinkedHashMap<>();
        Map<MessageStatus, Long> byStatus = new LinkedHashMap<>();
        Map<Long, Long> byNetwork = new HashMap<>();
        Map<Long, Long> byTopic = new HashMap<>();
        Map<Long, Long> byExecutor = new HashMap<>();
        Map<NoAnswerGround, Long> grounds = new LinkedHashMap<>();
        long total = 0;
        long answered = 0;
        long noAnswer = 0;
        long inTime = 0;
        long withInterim = 0;
        long interimFinalInTime = 0;
        long openOverdue = 0;
        for (Object[] row : cube) {
            long n = ((Number) row[6]).longValue();
            MessageStatus status = (MessageStatus) row[1];
            total += n;
            byKind.merge((MessageKind) row[0], n, Long::sum);
            byStatus.merge(status, n, Long::sum);
            byNetwork.merge((Long) row[2], n, Long::sum);
            byTopic.merge((Long) row[3], n, Long::sum);
            byExecutor.merge((Long) row[4], n, Long::sum);
            if (status == MessageStatus.CLOSED) {
                answered += n;
            } else if (status == MessageStatus.NO_ANSWER) {
                noAnswer += n;
                grounds.merge((NoAnswerGround) row[5], n, Long::sum);
            }
            inTime += number(row[7]);
            withInterim += number(row[8]);
            interimFinalInTime += number(row[9]);
            openOverdue += number(row[10]);
        }
        Map<Integer, Long> minutes = get(minutesF);
        long returned = get(returnedF);

        Report.Results results = new Report.Results(total,
                counts(byKind, k -> Translations.translate(k.key(), lang)),
                counts(byNetwork, names("SELECT n.id, n.name FROM Network n WHERE n.organisationId = :org", org)),
                counts(byTopic, withNone(names("SELECT t.id, t.name FROM Topic t WHERE t.organisationId = :org", org),
                        Translations.translate("report.no-topic", lang))),
                counts(byStatus, s -> Translations.translate(s.key(), lang)),
                counts(byExecutor, withNone(names("SELECT u.id, u.fullName FROM StaffUser u WHERE u.organisation.id = :org",
                        org), Translations.translate("report.no-executor", lang))),
                answered, noAnswer, total - answered - noAnswer,
                counts(grounds, g -> g == null ? Translations.translate("report.ground.unknown", lang)
                        : Translations.translate(g.key(), lang)));
        Report.Quality quality = new Report.Quality(answered, inTime, answered - inTime, openOverdue,
                ReportMath.hours(ReportMath.percentile(minutes, 0.5)), ReportMath.hours(ReportMath.percentile(minutes, 0.9)),
                withInterim, interimFinalInTime, returned);
        Report.Dynamics dynamics = ReportMath.dynamics(from, to, zone, get(hoursF), get(previousHoursF));
        List<Report.Count> authors = get(authorsF).stream()
                .map(r -> new Report.Count((String) r[0], ((Number) r[1]).longValue())).toList();
        Report report = new Report(o.getName(), zone, from, to, now, author(), results, quality, dynamics,
                topics(org, byTopic, get(previousTopicsF), lang), authors);
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Report of organisation " + org + " for " + from + " - " + to + " (" + report.results().total()
                + " messages) computed in " + ms + " ms");
        return report;
    }

    /** The share of the period's answered messages answered in time (0..1), null when none was answered: dashboards. */
    public Double shareInTime(LocalDate from, LocalDate to) {
        return build(from, to, Locale.ROOT).quality().shareInTime();
    }

    public byte[] xlsx(LocalDate from, LocalDate to, Locale locale) {
        return ReportFiles.xlsx(build(from, to, locale), texts(locale));
    }

    public byte[] pdf(LocalDate from, LocalDate to, Locale locale) {
        Report report = build(from, to, locale);
        Texts t = texts(locale);
        Map<String, byte[]> charts = new LinkedHashMap<>();
        charts.put("dynamics", Charts.png(dynamicsChart(report, t), 1000, 420));
        charts.put("kinds", Charts.png(Charts.bars(t.t("report.by-kind"), report.results().byKind(),
                t.t("report.count")), 1000, 300));
        return ReportFiles.pdf(report, t, charts);
    }

    /** The chart of the dynamics, as the page and the PDF show it. */
    public static org.jfree.chart.JFreeChart dynamicsChart(Report report, Texts t) {
        return Charts.dynamics(t.t("report.dynamics"), report.dynamics(), t.t("report.current"), t.t("report.previous"),
                t.t("report.count"));
    }

    public static Texts texts(Locale locale) {
        Locale lang = Translations.supported(locale);
        return (key, args) -> Translations.translate(key, lang, args);
    }

    static void check(LocalDate from, LocalDate to) {
        if (from == null) {
            throw RequestRefused.ofParameter("from", "error.report.period.empty");
        }
        if (to == null) {
            throw RequestRefused.ofParameter("to", "error.report.period.empty");
        }
        if (from.isAfter(to)) {
            throw RequestRefused.ofParameter("to", "error.period.reversed");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw RequestRefused.ofParameter("to", "error.report.period.too-long", MAX_YEARS);
        }
        if (from.isBefore(OLDEST)) {
            throw RequestRefused.ofParameter("from", "error.report.period.too-old");
        }
    }

    private List<Report.Trend> topics(long org, Map<Long, Long> current, Map<Long, Long> previous, Locale lang) {
        Function<Long, String> names = withNone(names("SELECT t.id, t.name FROM Topic t WHERE t.organisationId = :org", org),
                Translations.translate("report.no-topic", lang));
        List<Report.Trend> trends = new ArrayList<>();
        current.forEach((topic, n) -> trends.add(new Report.Trend(names.apply(topic), n, previous.getOrDefault(topic, 0L))));
        previous.forEach((topic, n) -> {
            if (!current.containsKey(topic)) {
                trends.add(new Report.Trend(names.apply(topic), 0, n));
            }
        });
        trends.sort(Comparator.comparingLong(Report.Trend::current).reversed().thenComparing(Report.Trend::label));
        return trends.size() > TOP ? trends.subList(0, TOP) : trends;
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Report interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private Function<Long, String> names(String query, long org) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery(query, Object[].class).setParameter("org", org).getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return id -> names.getOrDefault(id, "#" + id);
    }

    private static Function<Long, String> withNone(Function<Long, String> names, String none) {
        return id -> id == null ? none : names.apply(id);
    }

    private static <K> List<Report.Count> counts(Map<K, Long> counts, Function<K, String> label) {
        return counts.entrySet().stream().map(e -> new Report.Count(label.apply(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(Report.Count::count).reversed().thenComparing(Report.Count::label))
                .toList();
    }

    private String author() {
        return em.createNamedQuery(StaffUser.BY_LOGIN, StaffUser.class).setParameter("login", principal.getName())
                .getResultStream().findFirst().map(StaffUser::getFullName).orElse(principal.getName());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
