package ru.otklik.message.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** External ids compare as MariaDB's utf8mb4_unicode_ci unique key compares them. */
class ExternalIdsTest {

    @Test
    void caseAccentsAndTrailingSpacesDoNotCount() {
        assertThat(ExternalIds.key("im", "VK")).isEqualTo(ExternalIds.key("im", "vk"));
        assertThat(ExternalIds.key("im", "Vk ")).isEqualTo(ExternalIds.key("im", "vk"));
        assertThat(ExternalIds.key("IM", "incident")).isEqualTo(ExternalIds.key("im", "INCIDENT"));
        assertThat(ExternalIds.key("im", "ёлка")).isEqualTo(ExternalIds.key("im", "Елка"));
        assertThat(ExternalIds.key("im", "vk\u0000")).isEqualTo(ExternalIds.key("im", "vk"));
        assertThat(ExternalIds.key("im", "ｖｋ")).isEqualTo(ExternalIds.key("im", "vk"));
        assertThat(ExternalIds.key("im", "Straße")).isEqualTo(ExternalIds.key("im", "strasse"));
        assertThat(ExternalIds.key("im", "\u202eevil")).isEqualTo(ExternalIds.key("im", "EVIL"));
    }

    @Test
    void differentIdsAndSourcesStayApart() {
        assertThat(ExternalIds.key("im", "42")).isNotEqualTo(ExternalIds.key("im", "43"));
        assertThat(ExternalIds.key("im", "42")).isNotEqualTo(ExternalIds.key("vk", "42"));
        assertThat(ExternalIds.key("a", "bc")).isNotEqualTo(ExternalIds.key("ab", "c"));
        assertThat(ExternalIds.key("im", " 42")).isNotEqualTo(ExternalIds.key("im", "4 2"));
    }

    /** The shortcut for plain ASCII ids gives what the full folding gives, for any printable ASCII. */
    @net.jqwik.api.Property(tries = 2000)
    void plainAsciiIsFoldedAsByTheFullRules(@net.jqwik.api.ForAll @net.jqwik.api.constraints.CharRange(from = ' ', to = '~')
                                            @net.jqwik.api.constraints.StringLength(max = 40) String id) {
        assertThat(ExternalIds.fold(id)).isEqualTo(ExternalIds.foldFully(id));
    }
}
