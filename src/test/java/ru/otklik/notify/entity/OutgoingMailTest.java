package ru.otklik.notify.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox's retry rules: a doubling pause capped at an hour, given up after ten attempts, claimed once. */
class OutgoingMailTest {

    static final Instant T = Instant.parse("2026-12-07T05:00:00Z");

    @Test
    void pausesDoubleUpToAnHourAndTheMailIsGivenUpAfterTenAttempts() {
        OutgoingMail mail = new OutgoingMail(1, 2L, "head@example.org", "s", "b", T);
        Instant now = T;
        long[] expectedMinutes = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long minutes : expectedMinutes) {
            assertThat(mail.claim(now, now.plusSeconds(120))).isTrue();
            mail.failed(now, "Connection refused");
            assertThat(Duration.between(now, mail.getNextAttemptAt())).isEqualTo(Duration.ofMinutes(minutes));
            assertThat(mail.isFailed()).isFalse();
            now = mail.getNextAttemptAt();
        }
        assertThat(mail.claim(now, now.plusSeconds(120))).isTrue();
        mail.failed(now, "Connection refused");
        assertThat(mail.getAttempts()).isEqualTo(OutgoingMail.MAX_ATTEMPTS);
        assertThat(mail.isFailed()).isTrue();
        assertThat(mail.claim(now.plusSeconds(7200), now.plusSeconds(7300))).isFalse();

        mail.retryNow(now.plusSeconds(10)); // ADMIN: send again
        assertThat(mail.isFailed()).isFalse();
        assertThat(mail.claim(now.plusSeconds(10), now.plusSeconds(130))).isTrue();
        mail.sent(now.plusSeconds(11));
        assertThat(mail.isSent()).isTrue();
        assertThat(mail.getLastError()).isNull();
    }

    @Test
    void aClaimedMailIsNotClaimedAgainUntilTheClaimRunsOutAndNotBeforeItsAttemptIsDue() {
        OutgoingMail mail = new OutgoingMail(1, 2L, "head@example.org", "s", "b", T);
        assertThat(mail.claim(T.minusSeconds(1), T.plusSeconds(119))).isFalse(); // not yet due
        assertThat(mail.claim(T, T.plusSeconds(120))).isTrue();
        assertThat(mail.claim(T.plusSeconds(60), T.plusSeconds(180))).isFalse(); // another node
        assertThat(mail.claim(T.plusSeconds(121), T.plusSeconds(241))).isTrue(); // the first one died
    }

    @Test
    void aLongErrorIsCutToTheColumn() {
        OutgoingMail mail = new OutgoingMail(1, null, "a@example.org", "s", "b", T);
        mail.failed(T, "x".repeat(5000));
        assertThat(mail.getLastError()).hasSize(1000);
    }
}
