package ru.otklik.worktime.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.otklik.worktime.entity.DayKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing a year of the production calendar: the shipped years load, and the faults known in
 * public copies (calendar/README.md) are refused with the line named.
 */
class CalendarXmlTest {

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void theShippedYearsLoadAndLookRight(int year) throws Exception {
        CalendarYear y = CalendarXml.read(new ByteArrayInputStream(shipped(year).getBytes(StandardCharsets.UTF_8)),
                "test");
        assertThat(y.year()).isEqualTo(year);
        assertThat(y.confirmed()).isTrue();
        assertThat(LabourCode.doubts(y)).isEmpty();
    }

    @Test
    void theShippedCalendarsAreConfirmedExceptTheTentative2027() {
        assertThat(ShippedCalendars.all()).extracting(CalendarYear::year, CalendarYear::confirmed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2024, true), org.assertj.core.groups.Tuple.tuple(2025, true),
                        org.assertj.core.groups.Tuple.tuple(2026, true), org.assertj.core.groups.Tuple.tuple(2027, false));
    }

    @Test
    void holidaysAndMovedDaysAreRead() throws Exception {
        CalendarYear y = Calendars.year(2026);
        assertThat(y.days().get(LocalDate.of(2026, 1, 7)).holiday()).isEqualTo("Рождество Христово");
        assertThat(y.days().get(LocalDate.of(2026, 1, 9)).movedFrom()).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(y.kindOf(LocalDate.of(2026, 11, 3))).isEqualTo(DayKind.SHORTENED);
    }

    @Test
    void malformedXmlIsRefusedWithItsLine() {
        String broken = shipped(2026).replace("<day d=\"02.23\" t=\"1\" h=\"3\"/>", "<day d=\"02.23\" t=\"1\" h=\"3\">");
        assertThat(problems(broken)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("calendar.problem.malformed");
            assertThat(p.line()).isGreaterThan(20);
        });
    }

    @Test
    void aWrongRootElementIsRefused() {
        String wrong = shipped(2025).replace("<calendar ", "<calender ").replace("</calendar>", "</calender>");
        assertThat(problems(wrong)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("calendar.problem.root");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void aDateThatDoesNotExistIsNamedWithItsLine() {
        String text = shipped(2026).replace("<day d=\"03.09\" t=\"1\" f=\"03.08\"/>", "<day d=\"02.30\" t=\"1\"/>");
        List<CalendarProblem> problems = problems(text);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo("calendar.problem.date");
            assertThat(p.args()).containsExactly("02.30");
            assertThat(p.line()).isEqualTo(lineOf(text, "02.30"));
        });
    }

    @Test
    void aDayListedTwiceWithDifferentTypesIsRefused() {
        String text = shipped(2026).replace("<day d=\"11.03\" t=\"2\"/>",
                "<day d=\"11.03\" t=\"2\"/>\n    <day d=\"11.03\" t=\"1\"/>");
        assertThat(problems(text)).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo("calendar.problem.duplicate");
            assertThat(p.line()).isEqualTo(lineOf(text, "<day d=\"11.03\" t=\"1\""));
        });
    }

    @Test
    void aDayListedTwiceAlikeIsAHarmlessRepetition() throws Exception {
        String text = shipped(2026).replace("<day d=\"11.03\" t=\"2\"/>", "<day d=\"11.03\" t=\"2\"/><day d=\"11.03\" t=\"2\"/>");
        assertThat(read(text).kindOf(LocalDate.of(2026, 11, 3))).isEqualTo(DayKind.SHORTENED);
    }

    @Test
    void aCopyMissingTheWorkingSaturdaysOf2024IsRefused() {
        String text = shipped(2024).replace("<day d=\"04.27\" t=\"3\"/>", "").replace("<day d=\"12.28\" t=\"3\"/>", "");
        assertThat(problems(text)).extracting(CalendarProblem::key).contains("calendar.doubt.unbalanced");
    }

    @Test
    void aCopyMissingTheDayOff30December2024IsRefused() {
        String text = shipped(2024).replace("<day d=\"12.30\" t=\"1\" f=\"12.28\"/>", "");
        assertThat(problems(text)).extracting(CalendarProblem::key).contains("calendar.doubt.unbalanced");
    }

    @Test
    void aCopyWith1November2025AsAFullWorkingDayIsRefusedNamingTheLine() {
        String text = shipped(2025).replace("<day d=\"11.01\" t=\"2\"/>", "<day d=\"11.01\" t=\"3\"/>");
        assertThat(problems(text)).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo("calendar.doubt.not-shortened");
            assertThat(p.args()[0]).isEqualTo("2025-11-01");
            assertThat(p.line()).isEqualTo(lineOf(text, "11.01"));
        });
    }

    @Test
    void aYearWithImpossibleTotalsIsRefused() {
        StringBuilder extra = new StringBuilder();
        for (int d = 1; d <= 28; d++) {
            extra.append(String.format("<day d=\"08.%02d\" t=\"1\"/>", d));
        }
        String text = shipped(2026).replace("<days>", "<days>" + extra);
        assertThat(problems(text)).extracting(CalendarProblem::key).contains("calendar.doubt.totals");
    }

    @Test
    void aHolidayMarkedWorkingAndAnUnknownTypeAreRefused() {
        String text = shipped(2026).replace("<day d=\"06.12\" t=\"1\" h=\"7\"/>", "<day d=\"06.12\" t=\"7\" h=\"7\"/>");
        assertThat(problems(text)).extracting(CalendarProblem::key).contains("calendar.problem.type");
    }

    @Test
    void emptyOrHugeOrHostileFilesAreRefused() {
        assertThat(problems("")).extracting(CalendarProblem::key).containsAnyOf("calendar.problem.malformed",
                "calendar.problem.empty");
        assertThat(problems("<calendar year=\"1900\"><days/></calendar>")).extracting(CalendarProblem::key)
                .containsExactly("calendar.problem.year");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<calendar year=\"2026\"><days><day d=\"&x;\" t=\"1\"/></days></calendar>";
        assertThat(problems(xxe)).isNotEmpty();
        String huge = "<calendar year=\"2026\"><days>" + "<!-- padding -->".repeat(80_000) + "</days></calendar>";
        assertThat(problems(huge)).extracting(CalendarProblem::key).containsExactly("calendar.problem.too-large");
    }

    @Test
    void theDiffShowsWhatAnImportWouldChange() throws Exception {
        CalendarYear fallback = LabourCode.fallback(2026);
        CalendarYear official = Calendars.year(2026);
        List<CalendarDiff.Change> changes = CalendarDiff.between(fallback, official);
        // the decree moved 03.01 to 09.01: the Labour Code alone knows nothing of it
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.date()).isEqualTo(LocalDate.of(2026, 1, 9));
            assertThat(c.before()).isNull();
            assertThat(c.after()).isEqualTo(DayKind.DAY_OFF);
        });
        assertThat(CalendarDiff.between(official, official)).isEmpty();
    }

    private static CalendarYear read(String text) throws CalendarRejected {
        return CalendarXml.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }

    private static List<CalendarProblem> problems(String text) {
        try {
            read(text);
        } catch (CalendarRejected e) {
            return e.problems();
        }
        throw new AssertionError("accepted");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    static String shipped(int year) {
        try (InputStream in = CalendarXmlTest.class.getResourceAsStream("/calendar/ru-" + year + ".xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
