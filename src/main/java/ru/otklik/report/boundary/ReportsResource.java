package ru.otklik.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.otklik.base.Jsons;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.report.control.Report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/reports?from=2026-01-01&to=2026-12-31[&lang=en]} (CURATOR, HEAD, HTTP Basic):
 * the report of {@link Reports} as JSON, and {@code .../xlsx}, {@code .../pdf} as files. Dates are
 * days in the organisation's time zone; a bad period answers 400 naming the parameter.
 */
@Stateless
@RolesAllowed({Roles.CURATOR, Roles.HEAD})
@Path("v1/reports")
public class ReportsResource {

    static final MediaType XLSX = MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Inject
    Reports reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang) {
        Report r = reports.build(date("from", from), date("to", to), locale(lang));
        Report.Quality q = r.quality();
        JsonObjectBuilder quality = Jsons.object().add("answered", q.answered()).add("answeredInTime", q.answeredInTime())
                .add("closedLate", q.closedLate()).add("openOverdue", q.openOverdue()).add("withInterim", q.withInterim())
                .add("interimFinalInTime", q.interimFinalInTime()).add("draftsReturned", q.draftsReturned());
        if (q.shareInTime() != null) {
            quality.add("shareInTime", q.shareInTime()).add("medianHours", q.medianHours()).add("p90Hours", q.p90Hours());
        }
        JsonArrayBuilder dynamics = Jsons.array();
        r.dynamics().buckets().forEach(b -> dynamics.add(Jsons.object().add("start", b.start().toString())
                .add("current", b.current()).add("previous", b.previous())));
        return Jsons.object().add("organisation", r.organisation()).add("from", r.from().toString())
                .add("to", r.to().toString()).add("total", r.results().total()).add("answered", r.results().answered())
                .add("noAnswer", r.results().noAnswer()).add("inProgress", r.results().inProgress())
                .add("byKind", counts(r.results().byKind())).add("byNetwork", counts(r.results().byNetwork()))
                .add("byTopic", counts(r.results().byTopic())).add("byStatus", counts(r.results().byStatus()))
                .add("quality", quality).add("granularity", r.dynamics().granularity().name())
                .add("dynamics", dynamics).add("previousTotal", r.dynamics().previousTotal()).build();
    }

    @GET
    @Path("xlsx")
    public Response xlsx(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        return file(reports.xlsx(f, t, locale(lang)), XLSX, f, t, "xlsx");
    }

    @GET
    @Path("pdf")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        return file(reports.pdf(f, t, locale(lang)), MediaType.valueOf("application/pdf"), f, t, "pdf");
    }

    private static Response file(byte[] body, MediaType type, LocalDate from, LocalDate to, String extension) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"otklik-report-"
                + from + "-" + to + "." + extension + "\"").build();
    }

    private static JsonArrayBuilder counts(List<Report.Count> counts) {
        JsonArrayBuilder array = Jsons.array();
        counts.forEach(c -> array.add(Jsons.object().add("label", c.label()).add("count", c.count())));
        return array;
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw RequestRefused.ofParameter(parameter, "error.report.period.empty");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RequestRefused.ofParameter(parameter, "error.parameter.value", parameter, value);
        }
    }

    private static Locale locale(String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
    }
}
