package ru.otklik.textcheck.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the post and answer editors show of a finding and of the score (R1.10, R2.8). */
class StyleFindingTest {

    @Test
    void theHintNamesThePhraseThePlainerWayAndWhyEachOnlyWhenThere() {
        assertThat(new StyleFinding(0, 7, "b", StyleCategory.BUREAUCRATESE, "в целях", "чтобы", "Канцелярский оборот")
                .hint()).isEqualTo("«в целях» → чтобы: Канцелярский оборот");
        assertThat(new StyleFinding(0, 4, "c", StyleCategory.CAPITALS, "ВСЕМ", "", "Капслок").hint())
                .isEqualTo("«ВСЕМ»: Капслок");
        assertThat(new StyleFinding(0, 4, "c", StyleCategory.CAPITALS, "ВСЕМ", null, " ").hint()).isEqualTo("«ВСЕМ»");
    }

    @Test
    void aDraftIsPlainFromSevenAndAHalf() {
        assertThat(new StyleReport(List.of(), 20, 1, 7.5).plain()).isTrue();
        assertThat(new StyleReport(List.of(), 20, 1, 7.4).plain()).isFalse();
    }
}
