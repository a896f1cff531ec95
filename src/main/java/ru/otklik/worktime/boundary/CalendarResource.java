package ru.otklik.worktime.boundary;

import ru.otklik.base.Jsons;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ru.otklik.base.Roles;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.base.ui.Translations;
import ru.otklik.worktime.control.CalendarDay;
import ru.otklik.worktime.control.CalendarDiff;
import ru.otklik.worktime.control.CalendarProblem;

/**
 * The production calendar through the REST API (ADMIN, HTTP Basic authentication):
 * {@code GET /api/v1/calendar/{year}}, {@code POST /api/v1/calendar/{year}/preview} and
 * {@code PUT /api/v1/calendar/{year}} with an xmlcalendar file as the body. A refused file
 * answers 422 with every problem and its line; nothing is changed.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@Path("v1/calendar/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    WorkingCalendars calendars;

    @GET
    public JsonObject year(@PathParam("year") String year) {
        YearOverview overview = calendars.year(year(year, null));
        JsonArrayBuilder days = Jsons.array();
        for (CalendarDay d : overview.year().days().values()) {
            JsonObjectBuilder day = Jsons.object().add("date", d.date().toString()).add("kind", d.kind().name());
            if (d.holiday() != null) {
                day.add("holiday", d.holiday());
            }
            if (d.movedFrom() != null) {
                day.add("movedFrom", d.movedFrom().toString());
            }
            days.add(day);
        }
        return Jsons.object().add("year", overview.year().year()).add("confirmed", overview.confirmed())
                .add("source", overview.source() == null ? "" : overview.source())
                .add("workingDays", overview.total().workingDays())
                .add("workingMinutes", overview.total().workingMinutes())
                .add("days", days).build();
    }

    @POST
    @Path("preview")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response preview(@PathParam("year") String year, byte[] xml) {
        try {
            ImportPreview preview = calendars.preview(xml);
            year(year, preview.year());
            return Response.ok(json(preview, false)).build();
        } catch (CalendarImportRefused refused) {
            return refusedFile(refused);
        }
    }

    @PUT
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response apply(@PathParam("year") String year, byte[] xml) {
        try {
            ImportPreview preview = calendars.preview(xml);
            year(year, preview.year());
            return Response.ok(json(calendars.apply(xml, "REST API"), true)).build();
        } catch (CalendarImportRefused refused) {
            return refusedFile(refused);
        }
    }

    private static int year(String text, Integer inFile) {
        int year;
        try {
            year = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw RequestRefused.ofParameter("year", "error.parameter.number", "year");
        }
        if (inFile != null && inFile != year) {
            throw RequestRefused.ofParameter("year", "calendar.year-mismatch", year, inFile);
        }
        return year;
    }

    private static JsonObject json(ImportPreview preview, boolean applied) {
        JsonArrayBuilder changes = Jsons.array();
        for (CalendarDiff.Change c : preview.changes()) {
            changes.add(Jsons.object().add("date", c.date().toString())
                    .add("before", c.before() == null ? "ORDINARY" : c.before().name())
                    .add("after", c.after() == null ? "ORDINARY" : c.after().name()));
        }
        return Jsons.object().add("year", preview.year()).add("applied", applied)
                .add("workingDays", preview.totals().workingDays())
                .add("workingHours", preview.totals().workingHours())
                .add("changes", changes).build();
    }

    private static Response refusedFile(CalendarImportRefused refused) {
        JsonArrayBuilder problems = Jsons.array();
        for (CalendarProblem p : refused.problems()) {
            problems.add(Jsons.object().add("line", p.line()).add("code", p.key())
                    .add("message", Translations.translate(p.key(), Translations.ENGLISH, p.args())));
        }
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsons.object().add("status", 422).add("code", refused.key())
                        .add("message", "The calendar file was refused; nothing was changed")
                        .add("problems", problems).build()).build();
    }
}
