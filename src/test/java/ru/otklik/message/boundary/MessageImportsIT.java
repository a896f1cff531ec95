package ru.otklik.message.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.base.control.Causes;
import ru.otklik.base.control.RequestRefused;
import ru.otklik.message.control.ImportMapping;
import ru.otklik.security.boundary.Staff;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.Unique;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing a spreadsheet on the real server: problems by row, all or nothing, progress, roles. */
@ExtendWith(ArquillianExtension.class)
class MessageImportsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(MessageImportsIT.class);
    }

    @EJB
    MessageImports imports;

    @EJB
    Messages messages;

    @EJB
    Staff staff;

    private static Team team;

    @BeforeEach
    void setUp() throws Exception {
        if (team == null) {
            team = Team.create(staff);
        }
    }

    private static byte[] csv(String... rows) {
        return ("Вид;Соцсеть;Текст;Выявлено;ID\n" + String.join("\n", rows)).getBytes(StandardCharsets.UTF_8);
    }

    private long count() throws Exception {
        return team.curator().call(() -> messages.count(MessageFilter.all()));
    }

    @Test
    void aCleanFileIsImportedWholeWithProgressAndARepeatCreatesNothing() throws Exception {
        String run = Unique.login("imp");
        byte[] file = csv("Инцидент;ВКонтакте;Не вывезли мусор;25.11.2026 09:15;" + run + "-1",
                "Публикация;ОК;Спасибо за горку;25.11.2026 10:00;" + run + "-2",
                "Инцидент повышенной важности;Telegram;Нет света на Садовой;25.11.2026 11:30;" + run + "-3");
        Map<ImportMapping.Field, Integer> mapping = team.operator().call(() -> imports.preview(file, run + ".csv").mapping());
        assertThat(team.operator().call(() -> imports.check(file, run + ".csv", mapping))).isEmpty();
        long before = count();
        AtomicInteger progress = new AtomicInteger();

        MessageImports.Result result = team.operator().call(() -> imports.run(file, run + ".csv", mapping, false,
                progress::set).get());

        assertThat(result.created()).isEqualTo(3);
        assertThat(progress.get()).isEqualTo(3);
        assertThat(count()).isEqualTo(before + 3);
        MessageImports.Result again = team.operator().call(() -> imports.run(file, run + ".csv", mapping, false,
                null).get());
        assertThat(again.created()).isZero();
        assertThat(again.existing()).isEqualTo(3);
        assertThat(count()).isEqualTo(before + 3);
    }

    @Test
    void rowsWithProblemsAreNamedByNumberAndNothingIsImportedUnlessSkipped() throws Exception {
        String run = Unique.login("bad");
        byte[] file = csv("Инцидент;ВКонтакте;Хорошая строка;25.11.2026 09:15;" + run + "-1",
                "Слух;ВКонтакте;Плохой вид;25.11.2026 09:15;" + run + "-2",
                "Инцидент;Orkut;Плохая сеть;25.11.2026 09:15;" + run + "-3",
                "Инцидент;ВКонтакте;;25.11.2026 09:15;" + run + "-4",
                "Инцидент;ВКонтакте;Плохая дата;вчера;" + run + "-5");
        Map<ImportMapping.Field, Integer> mapping = team.operator().call(() -> imports.preview(file, "bad.csv").mapping());
        List<MessageImports.RowProblem> problems = team.operator().call(() -> imports.check(file, "bad.csv", mapping));
        assertThat(problems).extracting(MessageImports.RowProblem::row).containsExactlyInAnyOrder(3, 4, 5, 6);
        long before = count();

        assertThatThrownBy(() -> team.operator().call(() -> imports.run(file, "bad.csv", mapping, false, null).get()))
                .isInstanceOf(ExecutionException.class)
                .satisfies(e -> assertThat(Causes.find(e, RequestRefused.class).key()).isEqualTo("import.has-problems"));
        assertThat(count()).isEqualTo(before);

        MessageImports.Result skipped = team.operator().call(() -> imports.run(file, "bad.csv", mapping, true, null).get());
        assertThat(skipped.created()).isEqualTo(1);
        assertThat(skipped.skipped()).isEqualTo(4);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aMissingRequiredColumnOrABrokenFileIsRefusedAndOnlyStaffWhoRegisterMayImport() throws Exception {
        byte[] file = csv("Инцидент;ВКонтакте;Текст;25.11.2026 09:15;1");
        assertThatThrownBy(() -> team.operator().call(() -> imports.check(file, "x.csv",
                Map.of(ImportMapping.Field.TEXT, 2)))).isInstanceOf(RequestRefused.class)
                .extracting(e -> ((RequestRefused) e).key()).isEqualTo("import.mapping.missing");
        assertThatThrownBy(() -> team.operator().call(() -> imports.preview(new byte[]{'P', 'K', 0, 1}, "x.xlsx")))
                .isInstanceOf(RequestRefused.class);
        assertThatThrownBy(() -> team.executor().call(() -> imports.preview(file, "x.csv")))
                .isInstanceOf(EJBAccessException.class);
    }
}
