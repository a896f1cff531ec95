package ru.otklik.textcheck.boundary;

import org.junit.jupiter.api.Test;
import ru.otklik.textcheck.entity.AbuseCategory;
import ru.otklik.textcheck.entity.StyleCategory;
import ru.otklik.textcheck.entity.SuggestedGround;

import static org.assertj.core.api.Assertions.assertThat;

/** The boundary as a plain object: it hands the shipped checkers' results through unchanged. */
class TextChecksTest {

    private final TextChecks checks = new TextChecks();

    @Test
    void styleAndAbuseThroughTheBoundary() {
        assertThat(checks.style("В целях экономии данный фонарь отключён.").findings())
                .extracting(f -> f.category()).contains(StyleCategory.BUREAUCRATESE);
        assertThat(checks.style("Завтра починим фонарь.").score()).isEqualTo(10.0);
        assertThat(checks.style("Раз два три четыре.", 3).count(StyleCategory.LONG_SENTENCE)).isEqualTo(1);
        assertThat(checks.defaultMaxSentenceWords()).isEqualTo(25);
        assertThat(checks.abuse("Сожгу вашу контору, мрази").categories())
                .containsExactly(AbuseCategory.THREAT, AbuseCategory.INSULT);
        assertThat(checks.abuse("Сожгу вашу контору").suggestedGround()).contains(SuggestedGround.THREAT_TO_OFFICIAL);
        assertThat(checks.abuse(null).flagged()).isFalse();
    }
}
