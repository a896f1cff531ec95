package ru.otklik.textcheck.control;

import org.junit.jupiter.api.Test;
import ru.otklik.message.entity.NoAnswerGround;
import ru.otklik.textcheck.entity.AbuseCategory;
import ru.otklik.textcheck.entity.SuggestedGround;
import ru.otklik.textcheck.entity.SuggestedReason;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SuggestedGround} mirrors the message desk's {@link NoAnswerGround} by name, so the desk maps
 * with {@code valueOf}; textcheck's main code does not depend on the message component, this test does.
 */
class AbuseCategoryMappingTest {

    @Test
    void suggestedGroundsAreNamedAsTheDesksGrounds() {
        assertThat(Arrays.stream(SuggestedGround.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(NoAnswerGround.values()).map(Enum::name).toList());
        for (AbuseCategory c : AbuseCategory.values()) {
            c.noAnswerGround().ifPresent(g -> assertThat(NoAnswerGround.valueOf(g.name())).isNotNull());
        }
    }

    @Test
    void theMappingOfTheDocumentation() {
        assertThat(AbuseCategory.THREAT.noAnswerGround()).contains(SuggestedGround.THREAT_TO_OFFICIAL);
        assertThat(AbuseCategory.OBSCENE.noAnswerGround()).contains(SuggestedGround.OBSCENE_LANGUAGE);
        assertThat(AbuseCategory.INSULT.noAnswerGround()).contains(SuggestedGround.INSULT);
        assertThat(AbuseCategory.SPAM.noAnswerGround()).isEmpty();
        assertThat(AbuseCategory.THREAT.moderationReason()).isEqualTo(SuggestedReason.UNLAWFUL);
        assertThat(AbuseCategory.OBSCENE.moderationReason()).isEqualTo(SuggestedReason.OBSCENE_LANGUAGE);
        assertThat(AbuseCategory.INSULT.moderationReason()).isEqualTo(SuggestedReason.INSULT);
        assertThat(AbuseCategory.SPAM.moderationReason()).isEqualTo(SuggestedReason.SPAM);
    }
}
