package ru.otklik.moderation.entity;

import org.junit.jupiter.api.Test;
import ru.otklik.textcheck.entity.AbuseCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** The moderation queue takes the textcheck detector's categories by name (R2.9): none may be lost. */
class AbuseFlagTest {

    @Test
    void everyCategoryOfTheDetectorIsAFlagOfTheQueue() {
        for (AbuseCategory category : AbuseCategory.values()) {
            assertThat(AbuseFlag.valueOf(category.name())).isNotNull();
        }
        assertThat(AbuseFlag.values()).hasSameSizeAs(AbuseCategory.values());
    }
}
