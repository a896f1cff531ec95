package ru.otklik.worktime.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.audit.boundary.AuditFilter;
import ru.otklik.audit.boundary.AuditLog;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.boundary.StaffDraft;
import ru.otklik.security.entity.Role;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Unique;
import ru.otklik.worktime.entity.DeadlineKind;
import ru.otklik.worktime.control.DeadlinePolicy;
import ru.otklik.worktime.entity.WorkSchedule;
import ru.otklik.worktime.entity.DayKind;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production calendar, schedule and terms on the real server, as ADMIN and as staff. */
@ExtendWith(ArquillianExtension.class)
class WorkingCalendarsIT {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(WorkingCalendarsIT.class).addAsResource("calendar/fictional-2028.xml");
    }

    @EJB
    WorkingCalendars calendars;

    @EJB
    WorkingTimes workingTimes;

    @EJB
    Organisations organisations;

    @EJB
    AuditLog auditLog;

    @EJB
    Staff staff;

    private long org() throws Exception {
        return As.admin(() -> organisations.current().getId());
    }

    private static Instant msk(String local) {
        return LocalDateTime.parse(local).atZone(MOSCOW).toInstant();
    }

    @Test
    void theShippedYearsAreLoadedOnTheFirstStartWithTheOfficialTotals() throws Exception {
        YearOverview y2026 = As.admin(() -> calendars.year(2026));
        assertThat(y2026.confirmed()).isTrue();
        assertThat(y2026.total().workingDays()).isEqualTo(247);
        assertThat(y2026.total().workingMinutes()).isEqualTo(1972 * 60L);
        assertThat(y2026.source()).contains("1466");
        YearOverview y2031 = As.admin(() -> calendars.year(2031));
        assertThat(y2031.confirmed()).isFalse();
    }

    @Test
    void deadlinesFollowTheDecree_R1_6_R1_7_R1_9() throws Exception {
        long org = org();
        assertThat(workingTimes.due(org, DeadlineKind.HIGH_IMPORTANCE, msk("2026-11-30T13:00")))
                .isEqualTo(msk("2026-11-30T17:00"));
        assertThat(workingTimes.due(org, DeadlineKind.INCIDENT, msk("2026-11-28T10:00")))
                .isEqualTo(msk("2026-11-30T17:00"));
        assertThat(workingTimes.finalDue(org, msk("2026-04-29T11:00"))).isEqualTo(msk("2026-05-12T17:00"));
        assertThatThrownBy(() -> workingTimes.due(org, DeadlineKind.INCIDENT, Instant.parse("1999-01-01T00:00:00Z")))
                .isInstanceOf(RequestRefused.class).extracting(e -> ((RequestRefused) e).parameter()).isEqualTo("from");
    }

    @Test
    void aBadFileIsRefusedNamingTheLineAndNothingChanges() throws Exception {
        String bad = fictional2028().replace("year=\"2028\"", "year=\"2029\"")
                .replace("<day d=\"05.02\" t=\"1\" f=\"01.01\"/>", "<day d=\"02.30\" t=\"1\"/>");
        assertThatThrownBy(() -> As.admin(() -> calendars.apply(bad.getBytes(StandardCharsets.UTF_8), "bad.xml")))
                .isInstanceOfSatisfying(CalendarImportRefused.class, refused -> assertThat(refused.problems())
                        .anySatisfy(p -> {
                            assertThat(p.key()).isEqualTo("calendar.problem.date");
                            assertThat(p.line()).isEqualTo(28);
                        }));
        assertThat(As.admin(() -> calendars.year(2029)).confirmed()).isFalse();
    }

    @Test
    void aValidYearIsPreviewedThenAppliedAndAudited() throws Exception {
        byte[] xml = fictional2028().getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = As.admin(() -> calendars.preview(xml));
        assertThat(preview.year()).isEqualTo(2028);
        assertThat(preview.totals().workingDays()).isEqualTo(246);
        assertThat(preview.changes()).anySatisfy(c -> {
            assertThat(c.date()).isEqualTo(LocalDate.of(2028, 5, 2));
            assertThat(c.after()).isEqualTo(DayKind.DAY_OFF);
        });

        As.admin(() -> calendars.apply(xml, "fictional-2028.xml"));

        YearOverview applied = As.admin(() -> calendars.year(2028));
        assertThat(applied.confirmed()).isTrue();
        assertThat(applied.total().workingDays()).isEqualTo(246);
        assertThat(workingTimes.of(org()).isWorkingTime(msk("2028-05-02T10:00"))).isFalse();
        assertThat(As.admin(() -> auditLog.count(new AuditFilter("2028", "ProductionCalendar", null, null))))
                .isPositive();
    }

    @Test
    void aSingleDayIsChangedAndTheDeadlinesFollowAtOnce() throws Exception {
        LocalDate regionalHoliday = LocalDate.of(2030, 6, 13);
        assertThat(workingTimes.of(org()).isWorkingTime(msk("2030-06-13T10:00"))).isTrue();

        As.admin(() -> calendars.changeDay(regionalHoliday, DayKind.DAY_OFF, "День района"));

        assertThat(workingTimes.of(org()).isWorkingTime(msk("2030-06-13T10:00"))).isFalse();
        assertThat(As.admin(() -> calendars.year(2030)).year().days().get(regionalHoliday).holiday())
                .isEqualTo("День района");
        assertThat(As.admin(() -> auditLog.count(new AuditFilter("2030-06-13", null, null, null)))).isPositive();
    }

    @Test
    void anImpossibleScheduleIsRefusedNamingTheDayAndAValidOneApplies() throws Exception {
        Map<DayOfWeek, WorkSchedule.DayHours> broken = new EnumMap<>(WorkSchedule.standard().week());
        broken.put(DayOfWeek.WEDNESDAY, new WorkSchedule.DayHours(LocalTime.of(17, 0), LocalTime.of(8, 0)));
        assertThatThrownBy(() -> As.admin(() -> {
            calendars.saveSchedule(broken);
            return null;
        })).isInstanceOfSatisfying(RequestRefused.class, r -> {
            assertThat(r.parameter()).isEqualTo("WEDNESDAY");
            assertThat(r.key()).isEqualTo("schedule.problem.end-before-start");
        });
        Map<DayOfWeek, WorkSchedule.DayHours> lunchOutside = new EnumMap<>(WorkSchedule.standard().week());
        lunchOutside.put(DayOfWeek.MONDAY, new WorkSchedule.DayHours(LocalTime.of(8, 0), LocalTime.of(17, 0),
                LocalTime.of(18, 0), LocalTime.of(19, 0)));
        assertThatThrownBy(() -> As.admin(() -> {
            calendars.saveSchedule(lunchOutside);
            return null;
        })).isInstanceOf(RequestRefused.class);

        Map<DayOfWeek, WorkSchedule.DayHours> shortFriday = new EnumMap<>(WorkSchedule.standard().week());
        shortFriday.put(DayOfWeek.FRIDAY, new WorkSchedule.DayHours(LocalTime.of(8, 0), LocalTime.of(16, 0),
                LocalTime.of(12, 0), LocalTime.of(13, 0)));
        try {
            As.admin(() -> {
                calendars.saveSchedule(shortFriday);
                return null;
            });
            assertThat(workingTimes.of(org()).isWorkingTime(msk("2026-12-04T16:30"))).isFalse();
            assertThat(workingTimes.of(org()).isWorkingTime(msk("2026-12-03T16:30"))).isTrue();
        } finally {
            As.admin(() -> {
                calendars.saveSchedule(WorkSchedule.standard().week());
                return null;
            });
        }
        assertThat(workingTimes.of(org()).isWorkingTime(msk("2026-12-04T16:30"))).isTrue();
    }

    @Test
    void theTermsAreValidatedAndStaffMayNotChangeTheCalendar() throws Exception {
        assertThatThrownBy(() -> As.admin(() -> {
            calendars.savePolicy(new DeadlinePolicy(0, 240, 480, 7));
            return null;
        })).isInstanceOfSatisfying(RequestRefused.class, r -> assertThat(r.parameter()).isEqualTo("incidentMinutes"));
        assertThat(As.admin(() -> calendars.policy())).isEqualTo(DeadlinePolicy.DECREE);

        String login = Unique.login("cal");
        StaffDraft d = new StaffDraft();
        d.setLogin(login);
        d.setFullName("Оператор " + login);
        d.setRoles(EnumSet.of(Role.OPERATOR));
        String password = As.admin(() -> staff.create(d)).oneTimePassword();
        assertThat(As.user(login, password, () -> calendars.year(2026)).confirmed()).isTrue();
        assertThatThrownBy(() -> As.user(login, password, () -> {
            calendars.changeDay(LocalDate.of(2026, 12, 30), DayKind.DAY_OFF, null);
            return null;
        })).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> As.user(login, password, () -> calendars.preview(new byte[0])))
                .isInstanceOf(EJBAccessException.class);
    }

    private static String fictional2028() throws Exception {
        try (InputStream in = WorkingCalendarsIT.class.getResourceAsStream("/calendar/fictional-2028.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
