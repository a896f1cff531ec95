package ru.otklik.audit.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTest {

    @Test
    void changesSurviveTheJsonRoundTripIncludingNullsQuotesAndCyrillic() {
        List<FieldChange> changes = List.of(new FieldChange("fullName", "Старое \"имя\"", "Новое\nимя"),
                new FieldChange("email", null, "a@b.ru"), new FieldChange("position", "x", null));

        assertThat(AuditEntry.decode(AuditEntry.encode(changes))).isEqualTo(changes);
        assertThat(AuditEntry.encode(List.of())).isNull();
        assertThat(AuditEntry.decode(null)).isEmpty();
    }
}
