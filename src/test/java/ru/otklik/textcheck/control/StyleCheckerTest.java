package ru.otklik.textcheck.control;

import org.junit.jupiter.api.Test;
import ru.otklik.textcheck.entity.StyleCategory;
import ru.otklik.textcheck.entity.StyleFinding;
import ru.otklik.textcheck.entity.StyleReport;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class StyleCheckerTest {

    private final StyleChecker checker = StyleChecker.shipped();

    private List<String> ruleIds(String text) {
        return checker.check(text).findings().stream().map(StyleFinding::ruleId).toList();
    }

    @Test
    void offsetsPointAtThePhraseInTheOriginalText() {
        String text = "Ремонт идёт.\nВ целях безопасности   данный участок закрыт.";
        StyleReport report = checker.check(text);
        assertThat(report.findings()).extracting(StyleFinding::ruleId).containsExactly("b-in-order-to", "b-this");
        for (StyleFinding f : report.findings()) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.fragment());
        }
        assertThat(report.findings().get(0).fragment()).isEqualTo("В целях");
        assertThat(report.findings().get(0).start()).isEqualTo(text.indexOf("В целях"));
        assertThat(report.findings().get(1).fragment()).isEqualTo("данный");
    }

    @Test
    void theStemmerLetOneRuleMeetEveryForm() {
        for (String form : List.of("осуществляется", "осуществлялись", "осуществления", "осуществлять", "осуществлением")) {
            assertThat(ruleIds("Вывоз мусора " + form + " по графику.")).as(form).contains("b-carry-out");
        }
        for (String form : List.of("данного", "данной", "данные", "данным", "данную")) {
            assertThat(ruleIds("Решение " + form + " вопроса отложено.")).as(form).contains("b-this");
        }
        assertThat(ruleIds("Данные счётчиков передайте до 25 числа.")).isEmpty();
        assertThat(ruleIds("По данным синоптиков, будет метель.")).isEmpty();
    }

    @Test
    void suggestionsAreThePlainerWords() {
        assertThat(suggestion("В целях экономии свет выключат.", "b-in-order-to")).isEqualTo("чтобы; для");
        assertThat(suggestion("Данный вопрос решим.", "b-this")).isEqualTo("этот");
        assertThat(suggestion("На сегодняшний день дорога открыта.", "b-today")).isEqualTo("сегодня; сейчас");
        assertThat(suggestion("В связи с ремонтом воды не будет.", "b-due-to")).isEqualTo("из-за; потому что");
        StyleFinding f = checker.check("В целях экономии свет выключат.").findings().get(0);
        assertThat(f.explanation()).isNotBlank();
        assertThat(f.category()).isEqualTo(StyleCategory.BUREAUCRATESE);
    }

    private String suggestion(String text, String ruleId) {
        return checker.check(text).findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " not found in " + text)).suggestion();
    }

    @Test
    void pressReleaseOpeningsAndPassive() {
        assertThat(checker.check("Администрация сельского поселения информирует жителей о субботнике.").findings())
                .extracting(StyleFinding::category).contains(StyleCategory.PRESS_RELEASE);
        assertThat(checker.check("Доводим до вашего сведения, что воды не будет.").findings())
                .extracting(StyleFinding::category).contains(StyleCategory.PRESS_RELEASE);
        assertThat(checker.check("Уважаемые жители! В субботу субботник.").findings())
                .extracting(StyleFinding::category).contains(StyleCategory.PRESS_RELEASE);
        assertThat(checker.check("Уборка снега производится ежедневно.").findings())
                .extracting(StyleFinding::category).contains(StyleCategory.PASSIVE);
        assertThat(checker.check("Решение было принято на собрании.").findings())
                .extracting(StyleFinding::category).contains(StyleCategory.PASSIVE);
    }

    @Test
    void chainsOfVerbalNounsAreMarkedAsOne() {
        StyleReport r = checker.check("Это нужно для обеспечения безопасности дорожного движения.");
        assertThat(r.findings()).filteredOn(f -> f.category() == StyleCategory.NOUN_CHAIN).singleElement()
                .satisfies(f -> {
                    assertThat(f.fragment()).isEqualTo("обеспечения безопасности дорожного движения");
                    assertThat(f.explanation()).contains("3");
                });
        assertThat(checker.check("Включили отопление в здании школы.").count(StyleCategory.NOUN_CHAIN)).isZero();
    }

    @Test
    void aScoreOfTenForCleanTextAndLowerForEachMore() {
        String clean = "Завтра утром починим трубу на Садовой, вода будет к обеду.";
        String one = "Завтра утром осуществим ремонт трубы на Садовой, вода будет к обеду.";
        String two = "Завтра утром осуществим ремонт данной трубы на Садовой, вода будет к обеду.";
        String three = "В целях экономии завтра осуществим ремонт данной трубы на Садовой, вода будет к обеду.";
        double s0 = checker.check(clean).score();
        double s1 = checker.check(one).score();
        double s2 = checker.check(two).score();
        double s3 = checker.check(three).score();
        assertThat(s0).isEqualTo(10.0);
        assertThat(s1).isLessThan(s0);
        assertThat(s2).isLessThan(s1);
        assertThat(s3).isLessThan(s2);
        assertThat(s3).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void theScoreFollowsTheDocumentedFormula() {
        StyleFinding bureaucratese = new StyleFinding(0, 1, "x", StyleCategory.BUREAUCRATESE, "x", "", "");
        assertThat(StyleReport.score(List.of(bureaucratese), 20)).isEqualTo(7.5);
        assertThat(StyleReport.score(List.of(bureaucratese, bureaucratese), 20)).isEqualTo(5.0);
        assertThat(StyleReport.score(List.of(bureaucratese), 5)).isEqualTo(7.5);
        assertThat(StyleReport.score(List.of(bureaucratese, bureaucratese, bureaucratese), 200)).isEqualTo(9.3);
        assertThat(StyleReport.score(java.util.Collections.nCopies(50, bureaucratese), 20)).isEqualTo(0.0);
    }

    @Test
    void longSentencesAboveTheConfiguredLength() {
        String sentence = "Мы починили трубу у дома на Садовой улице и теперь вода снова идёт во все квартиры"
                + " этого дома и соседнего дома тоже, а завтра мы посмотрим ещё и колодец.";
        int words = sentence.split("[\\s,.]+").length;
        assertThat(words).isGreaterThan(25);
        StyleReport report = checker.check(sentence);
        assertThat(report.findings()).filteredOn(f -> f.category() == StyleCategory.LONG_SENTENCE).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains(String.valueOf(words)).contains("25"));
        assertThat(checker.check(sentence, 40).count(StyleCategory.LONG_SENTENCE)).isZero();
        assertThat(checker.check("Воду дали. Свет тоже.", 2).count(StyleCategory.LONG_SENTENCE)).isZero();
        assertThat(checker.check("Воду дали сегодня. Свет тоже.", 2).count(StyleCategory.LONG_SENTENCE)).isEqualTo(1);
        assertThat(checker.maxSentenceWords()).isEqualTo(25);
    }

    @Test
    void abbreviationsAndDotsInsideASentenceDoNotEndIt() {
        StyleReport report = checker.check("Приходите на ул. Ленина, д. 5, к 10.30, т. е. к открытию.");
        assertThat(report.sentences()).isEqualTo(1);
    }

    @Test
    void capitalsAreShoutingButAbbreviationsAreNot() {
        StyleReport report = checker.check("ВНИМАНИЕ ВСЕМ! Справки в МФЦ, ЖКХ и ГИБДД, вопросы по СНИЛС тоже.");
        assertThat(report.findings()).filteredOn(f -> f.category() == StyleCategory.CAPITALS).singleElement()
                .satisfies(f -> {
                    assertThat(f.fragment()).isEqualTo("ВНИМАНИЕ ВСЕМ");
                    assertThat(f.suggestion()).isEqualTo("Внимание всем");
                });
        assertThat(checker.check("Дом XVIII века на ул. Мира.").count(StyleCategory.CAPITALS)).isZero();
        assertThat(checker.check("Приезжайте СРОЧНО.").findings()).filteredOn(f -> f.category() == StyleCategory.CAPITALS)
                .extracting(StyleFinding::suggestion).containsExactly("срочно");
    }

    @Test
    void emptyNullAndWhitespaceGiveACleanReport() {
        for (String text : new String[] {null, "", "   \n\t ", "!!! ... ???"}) {
            StyleReport r = checker.check(text);
            assertThat(r.findings()).isEmpty();
            assertThat(r.score()).isEqualTo(10.0);
        }
        assertThatThrownBy(() -> checker.check("текст", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHugeTextIsCheckedInOnePass() {
        String paragraph = "В целях обеспечения безопасности дорожного движения осуществляется ремонт дорожного покрытия. "
                + "Завтра утром починим трубу на Садовой, вода будет к обеду.\n";
        String huge = paragraph.repeat(20_000); // about 3 MB
        StyleReport report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> checker.check(huge));
        assertThat(report.findings()).hasSizeGreaterThan(80_000);
        assertThat(report.score()).isBetween(0.0, 10.0);
        String oneWord = "а".repeat(1_000_000);
        assertThat(checker.check(oneWord).words()).isEqualTo(1);
    }

    @Test
    void theCheckIsSafeFromManyThreads() throws Exception {
        String text = "Данный вопрос находится на контроле. В целях экономии свет выключат.";
        List<StyleFinding> expected = checker.check(text).findings();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<List<StyleFinding>>>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> checker.check(text).findings()));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
