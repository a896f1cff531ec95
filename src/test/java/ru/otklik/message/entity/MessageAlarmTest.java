package ru.otklik.message.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A message's alarm bookkeeping: each of warning and overdue once per deadline, none once closed. */
class MessageAlarmTest {

    static final Instant DETECTED = Instant.parse("2026-12-07T05:00:00Z");
    static final Instant WARN = Instant.parse("2026-12-07T08:30:00Z");
    static final Instant DUE = Instant.parse("2026-12-07T09:00:00Z");

    private static Message message() {
        Message m = new Message(1, MessageKind.HIGH_IMPORTANCE, null, "text", DETECTED, DETECTED, "manual", null);
        m.setDueAt(DUE);
        m.arm(WARN);
        return m;
    }

    @Test
    void theWarningComesFirstThenTheOverdueThenNothing() {
        Message m = message();
        assertThat(m.getAlarmAt()).isEqualTo(WARN);
        m.warned();
        assertThat(m.getAlarmAt()).isEqualTo(DUE);
        m.overdueNoticed();
        assertThat(m.getAlarmAt()).isNull();
        assertThat(m.isOverdueNoticed()).isTrue();
        m.arm(WARN); // re-armed by a recomputation that did not move the deadline: nothing again
        assertThat(m.getAlarmAt()).isNull();
    }

    @Test
    void aMovedDeadlineIsWarnedOfAgain() {
        Message m = message();
        m.warned();
        m.overdueNoticed();
        Instant later = DUE.plusSeconds(3600);
        m.setDueAt(later);
        m.arm(later.minusSeconds(1800));
        assertThat(m.getAlarmAt()).isEqualTo(later.minusSeconds(1800));
        assertThat(m.isOverdueNoticed()).isFalse();
    }

    @Test
    void theFinalAnswersDeadlineAfterAnInterimOneHasItsOwnAlarms() {
        Message m = message();
        m.warned();
        Instant finalDue = Instant.parse("2026-12-16T14:00:00Z");
        m.interimAnswered(WARN.plusSeconds(60), finalDue);
        m.arm(finalDue.minusSeconds(3600));
        assertThat(m.currentDueAt()).isEqualTo(finalDue);
        assertThat(m.getAlarmAt()).isEqualTo(finalDue.minusSeconds(3600));
    }

    @Test
    void aClosedMessageHasNoAlarmAndATermShorterThanTheLeadOnlyTheOverdue() {
        Message m = message();
        m.close(WARN.minusSeconds(60), MessageStatus.CLOSED, null);
        assertThat(m.getAlarmAt()).isNull();
        m.arm(WARN);
        assertThat(m.getAlarmAt()).isNull();

        Message shortTerm = message();
        shortTerm.arm(null);
        assertThat(shortTerm.getAlarmAt()).isEqualTo(DUE);
    }
}
