package ru.otklik.moderation.entity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure rules of moderation: ban terms, the reason a flag suggests, and the words for every value. */
class ModerationRulesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant START = Instant.parse("2026-01-31T09:00:00Z");

    @Test
    void termsEndWhereVkWouldEndThem() {
        assertThat(BanTerm.DAY.endOf(START, null, MOSCOW)).isEqualTo("2026-02-01T09:00:00Z");
        assertThat(BanTerm.THREE_DAYS.endOf(START, null, MOSCOW)).isEqualTo("2026-02-03T09:00:00Z");
        assertThat(BanTerm.WEEK.endOf(START, null, MOSCOW)).isEqualTo("2026-02-07T09:00:00Z");
        // a month from 31 January is the last day of February
        assertThat(BanTerm.MONTH.endOf(START, null, MOSCOW)).isEqualTo("2026-02-28T09:00:00Z");
        assertThat(BanTerm.FOREVER.endOf(START, null, MOSCOW)).isNull();
        // until a date: to the end of that day in the organisation's zone
        assertThat(BanTerm.UNTIL_DATE.endOf(START, LocalDate.of(2026, 2, 10), MOSCOW)).isEqualTo("2026-02-10T21:00:00Z");
        assertThat(BanTerm.UNTIL_DATE.endOf(START, null, MOSCOW)).isNull();
    }

    @Test
    void theGravestFlagSuggestsTheReason() {
        assertThat(AbuseFlag.suggestion(Set.of())).isNull();
        assertThat(AbuseFlag.suggestion(EnumSet.of(AbuseFlag.SPAM, AbuseFlag.INSULT))).isEqualTo(DeleteReason.INSULT);
        assertThat(AbuseFlag.suggestion(EnumSet.allOf(AbuseFlag.class))).isEqualTo(DeleteReason.UNLAWFUL);
        assertThat(AbuseFlag.suggestion(EnumSet.of(AbuseFlag.OBSCENE))).isEqualTo(DeleteReason.OBSCENE_LANGUAGE);
        assertThat(DeleteReason.INSULT.banReason()).isEqualTo(BanReason.INSULTING_MEMBERS);
        assertThat(DeleteReason.UNLAWFUL.banReason()).isEqualTo(BanReason.OTHER);
    }

    @Test
    void aBanHoldsUntilItsEndOrItsRemoval() {
        Blacklisting b = new Blacklisting(1, null, null, "id1", null, BanReason.SPAM, BanTerm.DAY, START,
                START.plusSeconds(86_400), null, "mod", START, null);
        assertThat(b.isActiveAt(START.plusSeconds(86_399))).isTrue();
        assertThat(b.isActiveAt(START.plusSeconds(86_400))).isFalse();
        b.remove("cur", START.plusSeconds(60), "ошибка");
        assertThat(b.isActiveAt(START.plusSeconds(61))).isFalse();
        assertThat(b.isRemovedEarly()).isTrue();
    }

    @Test
    void everyValueHasItsWordsInBothLanguages() throws IOException {
        for (String file : new String[]{"messages.properties", "messages_en.properties"}) {
            Properties p = new Properties();
            try (var in = new InputStreamReader(getClass().getResourceAsStream("/i18n/" + file), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (CommentState v : CommentState.values()) {
                assertThat(p).containsKey(v.key());
            }
            for (DeleteReason v : DeleteReason.values()) {
                assertThat(p).containsKey(v.key());
            }
            for (AbuseFlag v : AbuseFlag.values()) {
                assertThat(p).containsKey(v.key());
            }
            for (BanReason v : BanReason.values()) {
                assertThat(p).containsKey(v.key());
            }
            for (BanTerm v : BanTerm.values()) {
                assertThat(p).containsKey(v.key());
            }
        }
    }
}
