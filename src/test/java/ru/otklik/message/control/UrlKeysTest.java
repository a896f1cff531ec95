package ru.otklik.message.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlKeysTest {

    @Test
    void theSamePostReachedDifferentlyHasOneKey() {
        String key = UrlKeys.key("https://vk.com/wall-123_456");
        assertThat(key).hasSize(64);
        assertThat(UrlKeys.key("http://www.vk.com/wall-123_456/")).isEqualTo(key);
        assertThat(UrlKeys.key("https://m.vk.com/wall-123_456#reply")).isEqualTo(key);
        assertThat(UrlKeys.key(" HTTPS://VK.COM/wall-123_456 ")).isEqualTo(key);
        assertThat(UrlKeys.key("https://vk.com/wall-123_457")).isNotEqualTo(key);
        assertThat(UrlKeys.key("https://vk.com/wall-123_456?reply=9")).isNotEqualTo(key);
        assertThat(UrlKeys.key("  ")).isNull();
    }

    @Test
    void onlyWebLinksAreAccepted() {
        assertThat(UrlKeys.isWebLink("https://ok.ru/group/1/topic/2")).isTrue();
        assertThat(UrlKeys.isWebLink(null)).isTrue();
        assertThat(UrlKeys.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(UrlKeys.isWebLink("data:text/html,<script>")).isFalse();
        assertThat(UrlKeys.isWebLink("vk.com/wall-1")).isFalse();
        assertThat(UrlKeys.isWebLink("https://")).isFalse();
    }
}
