package ru.otklik.worktime.boundary;

import ru.otklik.base.Jsons;
import jakarta.annotation.security.PermitAll;
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
import ru.otklik.base.control.RequestRefused;
import ru.otklik.worktime.entity.DeadlineKind;
import ru.otklik.worktime.control.WorkingTime;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * {@code GET /api/v1/deadlines?kind=K&from=T[&org=N]}: when a term of the decree runs out, for
 * monitoring software and other systems. It reveals only the calendar and the schedule, so it
 * needs no login. Bad parameters answer 400 with a JSON error naming the parameter.
 */
@Stateless
@PermitAll
@Path("v1/deadlines")
public class DeadlinesResource {

    @Inject
    WorkingTimes workingTimes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject deadline(@QueryParam("kind") String kind, @QueryParam("from") String from,
                               @QueryParam("org") String org) {
        DeadlineKind k = kind(kind);
        Instant start = instant(from);
        Long organisation = null;
        if (org != null && !org.isBlank()) {
            try {
                organisation = Long.valueOf(org.strip());
            } catch (NumberFormatException e) {
                throw RequestRefused.ofParameter("org", "error.parameter.number", "org");
            }
        }
        DeadlineCalculation c = workingTimes.calculate(workingTimes.organisationFor(organisation), k, start);
        JsonArrayBuilder skipped = Jsons.array();
        for (WorkingTime.SkippedDay d : c.skipped()) {
            JsonObjectBuilder day = Jsons.object().add("date", d.date().toString())
                    .add("weekend", d.isWeekend());
            if (d.holiday() != null) {
                day.add("holiday", d.holiday());
            }
            if (d.movedFrom() != null) {
                day.add("movedFrom", d.movedFrom().toString());
            }
            skipped.add(day);
        }
        return Jsons.object()
                .add("kind", c.kind().name())
                .add("from", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.from().atZone(c.zone())))
                .add("dueAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.dueAt().atZone(c.zone())))
                .add("workingMinutes", c.workingMinutes())
                .add("timeZone", c.zone().getId())
                .add("calendarConfirmed", c.confirmed())
                .add("skippedDaysOff", skipped)
                .build();
    }

    static DeadlineKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw RequestRefused.ofParameter("kind", "error.parameter.required", "kind");
        }
        try {
            return DeadlineKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RequestRefused.ofParameter("kind", "error.parameter.kind", "INCIDENT, HIGH_IMPORTANCE, PUBLICATION,"
                    + " FINAL_AFTER_INTERIM");
        }
    }

    /** An ISO-8601 instant with an offset, e.g. 2026-11-30T13:00:00+03:00 or ...Z. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            throw RequestRefused.ofParameter("from", "error.parameter.required", "from");
        }
        try {
            // a '+' of the offset that was not URL-encoded arrives as a space
            return OffsetDateTime.parse(text.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw RequestRefused.ofParameter("from", "error.parameter.instant", "from");
        }
    }
}
