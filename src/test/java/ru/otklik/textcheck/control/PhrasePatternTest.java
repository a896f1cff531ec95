package ru.otklik.textcheck.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The word and phrase syntax of the rule files. */
class PhrasePatternTest {

    private final Stemmer stemmer = new Stemmer();

    private List<String> matches(String pattern, String text) {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add(PhrasePattern.parse(pattern, stemmer::stem), pattern);
        Words words = Words.of(text, new Stemmer());
        List<String> found = new ArrayList<>();
        index.forEachMatch(words, (e, from, to) -> found.add(text.substring(words.start(from), words.end(to - 1))));
        return found;
    }

    @Test
    void aPlainWordMatchesEveryFormWithItsStem() {
        assertThat(matches("данный", "Данного вопроса нет, данной проблемы тоже, данные меры не нужны"))
                .containsExactly("Данного", "данной", "данные");
    }

    @Test
    void anEqualsSignAsksForExactlyThatForm() {
        assertThat(matches("в =целях", "В целях экономии; в целом неплохо; в цели")).containsExactly("В целях");
    }

    @Test
    void aStarMatchesBeginningsAndOptionallyEndings() {
        assertThat(matches("осуществ*", "осуществляется, осуществлялись, осуществления"))
                .containsExactly("осуществляется", "осуществлялись", "осуществления");
        assertThat(matches("провод*ся", "проводится проводит проводятся проводились")).containsExactly("проводится", "проводятся");
        assertThat(matches("проведен*{,а,о,ы}", "проведено проведение проведен")).containsExactly("проведено", "проведен");
        assertThat(matches("=было *ено", "было проведено; было сено; было решено")).containsExactly("было проведено", "было решено");
    }

    @Test
    void alternativesOptionalWordsAndGaps() {
        assertThat(matches("в =связи с|со", "в связи со сменой; в связи с ремонтом")).containsExactly("в связи со", "в связи с");
        assertThat(matches("=тебе =не? =жить", "Тебе не жить. Тебе жить")).containsExactly("Тебе не жить", "Тебе жить");
        assertThat(matches("администрац* ...3 информир*", "Администрация Лесного сельского поселения информирует"))
                .containsExactly("Администрация Лесного сельского поселения информирует");
        assertThat(matches("администрац* ...2 информир*", "Администрация Лесного сельского поселения информирует")).isEmpty();
    }

    @Test
    void aPhraseNeverCrossesASentence() {
        assertThat(matches("в =целях", "Приехали в. Целях не было")).isEmpty();
        assertThat(matches("администрац* ...3 информир*", "Это администрация. Информирует")).isEmpty();
    }

    @Test
    void ëIsE() {
        assertThat(matches("=счетчик", "Счётчик")).containsExactly("Счётчик");
    }

    @Test
    void badSpellingsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> PhrasePattern.parse("... слово", stemmer::stem)).hasMessageContaining("begin");
        assertThatThrownBy(() -> PhrasePattern.parse("слово?", stemmer::stem)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhrasePattern.parse("*ено", stemmer::stem)).hasMessageContaining("begin");
        assertThatThrownBy(() -> PhrasePattern.parse("слово ...", stemmer::stem)).hasMessageContaining("end");
        assertThatThrownBy(() -> PhrasePattern.parse("сло(во", stemmer::stem)).hasMessageContaining("(");
    }
}
