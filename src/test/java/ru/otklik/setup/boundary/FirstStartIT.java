package ru.otklik.setup.boundary;

import jakarta.ejb.EJB;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.org.entity.Organisation;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.TestOrganisations;
import ru.otklik.worktime.boundary.WorkingCalendars;
import ru.otklik.worktime.entity.WorkSchedule;

import javax.naming.InitialContext;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first start's boundary (issue 10) on fresh organisations: what the wizard starts from, the
 * refusals that write nothing, the one completion that writes everything, and "only once" held
 * by the boundary itself, also against two simultaneous completions. Runs only in the
 * {@code it-firststart} execution (see {@link TestOrganisations} for why).
 */
@ExtendWith(ArquillianExtension.class)
class FirstStartIT {

    private static final String PASSWORD = "Свой-пароль-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(FirstStartIT.class, TestOrganisations.class, TestOrganisations.NewAdmin.class);
    }

    @EJB
    FirstStart firstStart;

    @EJB
    TestOrganisations organisations;

    @EJB
    Organisations orgs;

    @EJB
    WorkingCalendars calendars;

    @Test
    void aFreshOrganisationWaitsWithTheStandardWeekAndAOneTimePasswordToReplace() throws Exception {
        TestOrganisations.NewAdmin admin = organisations.createUnconfigured();

        FirstStartDraft draft = As.user(admin.login(), admin.oneTimePassword(), () -> {
            assertThat(firstStart.pending()).isTrue();
            return firstStart.draft();
        });

        assertThat(draft.isPasswordRequired()).isTrue();
        assertThat(draft.getName()).isEqualTo("Администрация сельского поселения");
        assertThat(draft.getHeadName()).isNull();
        assertThat(draft.getZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(draft.getWeek()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(draft.getWeek().get(DayOfWeek.MONDAY)).isEqualTo(new WorkSchedule.DayHours(LocalTime.of(8, 0),
                LocalTime.of(17, 0), LocalTime.of(12, 0), LocalTime.of(13, 0)));
    }

    @Test
    void aRefusedCompletionWritesNothing() throws Exception {
        TestOrganisations.NewAdmin admin = organisations.createUnconfigured();

        FirstStartDraft noPassword = complete(ZoneId.of("Asia/Yekaterinburg"));
        assertThat(refusal(admin, noPassword).key()).isEqualTo("setup.password.required");

        FirstStartDraft weak = complete(ZoneId.of("Asia/Yekaterinburg"));
        weak.setNewPassword("korotkiy");
        RequestRefused tooShort = refusal(admin, weak);
        assertThat(tooShort.key()).isEqualTo("password.too-short");
        assertThat(tooShort.parameter()).isEqualTo("password");

        FirstStartDraft badWeek = complete(ZoneId.of("Asia/Yekaterinburg"));
        badWeek.setNewPassword(PASSWORD);
        Map<DayOfWeek, WorkSchedule.DayHours> week = new EnumMap<>(badWeek.getWeek());
        week.put(DayOfWeek.MONDAY, new WorkSchedule.DayHours(LocalTime.of(17, 0), LocalTime.of(8, 0)));
        badWeek.setWeek(week);
        RequestRefused endBeforeStart = refusal(admin, badWeek);
        assertThat(endBeforeStart.key()).isEqualTo("schedule.problem.end-before-start");
        assertThat(endBeforeStart.parameter()).isEqualTo("MONDAY");

        FirstStartDraft noWorkingDay = complete(ZoneId.of("Asia/Yekaterinburg"));
        noWorkingDay.setNewPassword(PASSWORD);
        noWorkingDay.setWeek(Map.of());
        assertThat(refusal(admin, noWorkingDay).key()).isEqualTo("schedule.problem.no-working-day");

        FirstStartDraft noHead = complete(ZoneId.of("Asia/Yekaterinburg"));
        noHead.setNewPassword(PASSWORD);
        noHead.setHeadName("  ");
        assertThatThrownBy(() -> As.user(admin.login(), admin.oneTimePassword(), () -> {
            firstStart.complete(noHead);
            return null;
        })).satisfies(e -> assertThat(hasCause(e, ConstraintViolationException.class)).as(e.toString()).isTrue());

        // nothing of any attempt was kept
        assertThat(As.user(admin.login(), admin.oneTimePassword(), () -> firstStart.pending())).isTrue();
        assertThat(As.canLogIn(admin.login(), admin.oneTimePassword())).isTrue();
        assertThat(As.canLogIn(admin.login(), PASSWORD)).isFalse();
        Organisation org = organisations.organisation(admin.organisationId());
        assertThat(org.getHeadName()).isNull();
        assertThat(org.getZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(org.getConfiguredAt()).isNull();
        assertThat(organisations.scheduleRows(admin.organisationId())).isZero();
        assertThat(organisations.auditActions(admin.organisationId())).doesNotContain(FirstStart.COMPLETED);
    }

    @Test
    void theCompletionWritesEverythingOnceAndThenTheFirstStartIsOver() throws Exception {
        TestOrganisations.NewAdmin admin = organisations.createUnconfigured();
        FirstStartDraft draft = complete(ZoneId.of("Asia/Yekaterinburg"));
        draft.setNewPassword(PASSWORD);
        Map<DayOfWeek, WorkSchedule.DayHours> week = new EnumMap<>(draft.getWeek());
        week.put(DayOfWeek.FRIDAY, new WorkSchedule.DayHours(LocalTime.of(8, 0), LocalTime.of(16, 0)));
        draft.setWeek(week);

        As.user(admin.login(), admin.oneTimePassword(), () -> {
            firstStart.complete(draft);
            return null;
        });

        // the password: the one-time one no longer opens, the chosen one does, and is no longer to be replaced
        assertThat(As.canLogIn(admin.login(), admin.oneTimePassword())).isFalse();
        assertThat(As.canLogIn(admin.login(), PASSWORD)).isTrue();
        Organisation org = As.user(admin.login(), PASSWORD, () -> {
            assertThat(firstStart.pending()).isFalse();
            return orgs.current();
        });
        assertThat(org.getName()).isEqualTo("Администрация Джумайловского сельского поселения");
        assertThat(org.getDistrict()).isEqualTo("Калининский район");
        assertThat(org.getHeadName()).isEqualTo("Глава Олег Петрович");
        assertThat(org.getCuratorName()).isEqualTo("Куратор Елена Викторовна");
        assertThat(org.getResponsibleOfficial()).isEqualTo("Заместитель главы Сергей Иванович");
        assertThat(org.getZone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        assertThat(org.getConfiguredAt()).isNotNull();
        WorkSchedule schedule = As.user(admin.login(), PASSWORD, () -> calendars.schedule());
        assertThat(schedule.hours(DayOfWeek.FRIDAY)).contains(new WorkSchedule.DayHours(LocalTime.of(8, 0), LocalTime.of(16, 0)));
        assertThat(schedule.hours(DayOfWeek.MONDAY).orElseThrow().lunchStart()).isEqualTo(LocalTime.of(12, 0));
        assertThat(schedule.hours(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(organisations.scheduleRows(admin.organisationId())).isEqualTo(5);
        assertThat(organisations.auditActions(admin.organisationId())).containsOnlyOnce(FirstStart.COMPLETED);

        // only once: the boundary refuses, whatever a screen would show
        FirstStartDraft again = complete(ZoneId.of("Europe/Moscow"));
        again.setName("Другое поселение");
        again.setNewPassword("Ещё-один-пароль-2027");
        RequestRefused done = refusal(admin.login(), PASSWORD, again);
        assertThat(done.key()).isEqualTo("setup.done");
        assertThatThrownBy(() -> As.user(admin.login(), PASSWORD, () -> firstStart.draft()))
                .isInstanceOfSatisfying(RequestRefused.class, r -> assertThat(r.key()).isEqualTo("setup.done"));
        assertThat(organisations.organisation(admin.organisationId()).getName())
                .isEqualTo("Администрация Джумайловского сельского поселения");
        assertThat(As.canLogIn(admin.login(), PASSWORD)).isTrue();
    }

    @Test
    void ofTwoSimultaneousCompletionsOnlyOneTakesEffect() throws Exception {
        TestOrganisations.NewAdmin admin = organisations.createUnconfigured();
        // the container's executor: its threads carry the deployment's context, as a request's do
        ExecutorService pool = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        As.user(admin.login(), admin.oneTimePassword(), () -> firstStart.pending()); // authenticated before the race
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (String name : List.of("Поселение А", "Поселение Б")) {
                FirstStartDraft draft = complete(ZoneId.of("Europe/Moscow"));
                draft.setName(name);
                draft.setNewPassword(PASSWORD + name.charAt(name.length() - 1));
                outcomes.add(pool.submit(() -> {
                    try {
                        As.user(admin.login(), admin.oneTimePassword(), () -> {
                            firstStart.complete(draft);
                            return null;
                        });
                        return "completed";
                    } catch (Exception e) {
                        return "refused " + e;
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertThat(results).as(results.toString()).filteredOn("completed"::equals).hasSize(1);
        } finally {
            outcomes.forEach(f -> f.cancel(true));
        }
        assertThat(organisations.auditActions(admin.organisationId())).containsOnlyOnce(FirstStart.COMPLETED);
        assertThat(organisations.organisation(admin.organisationId()).getConfiguredAt()).isNotNull();
    }

    /** A complete draft of the Dzhumailovskoe settlement, without a password. */
    private static FirstStartDraft complete(ZoneId zone) {
        FirstStartDraft d = new FirstStartDraft();
        d.setName("Администрация Джумайловского сельского поселения");
        d.setDistrict("Калининский район");
        d.setHeadName("Глава Олег Петрович");
        d.setCuratorName("Куратор Елена Викторовна");
        d.setResponsibleOfficial("Заместитель главы Сергей Иванович");
        d.setZone(zone);
        d.setWeek(WorkSchedule.standard(zone).week());
        return d;
    }

    private RequestRefused refusal(TestOrganisations.NewAdmin admin, FirstStartDraft draft) {
        return refusal(admin.login(), admin.oneTimePassword(), draft);
    }

    private RequestRefused refusal(String login, String password, FirstStartDraft draft) {
        try {
            As.user(login, password, () -> {
                firstStart.complete(draft);
                return null;
            });
        } catch (RequestRefused refused) {
            return refused;
        } catch (Exception other) {
            throw new AssertionError("refused otherwise than with RequestRefused", other);
        }
        throw new AssertionError("not refused: " + draft);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
