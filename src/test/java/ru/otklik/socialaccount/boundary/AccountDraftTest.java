package ru.otklik.socialaccount.boundary;

import org.junit.jupiter.api.Test;
import ru.otklik.socialaccount.entity.DesignItem;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The account form hands the draft plain sets (a checkbox group's value), also empty ones. */
class AccountDraftTest {

    @Test
    void anEmptyOrPlainSetOfDesignItemsIsTaken() {
        AccountDraft d = new AccountDraft();
        d.setDesign(new HashSet<>());
        assertThat(d.getDesign()).isEmpty();
        d.setDesign(new HashSet<>(Set.of(DesignItem.COVER, DesignItem.AVATAR)));
        assertThat(d.getDesign()).containsExactly(DesignItem.AVATAR, DesignItem.COVER);
        d.setDesign(null);
        assertThat(d.getDesign()).isEmpty();
    }
}
