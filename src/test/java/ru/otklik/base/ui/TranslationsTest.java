package ru.otklik.base.ui;

import org.junit.jupiter.api.Test;
import ru.otklik.security.entity.Role;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Russian and English say the same things, and every key the code uses exists in both. */
class TranslationsTest {

    private static final Pattern USED = Pattern.compile(
            "(?:getTranslation|translate|translateOr|RequestRefused|weakness\\)?)\\(\"([a-z][A-Za-z0-9._-]+)\"");
    private static final Pattern MENU = Pattern.compile("@Menu\\(title = \"([a-z.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages_en.properties").stringPropertyNames());
        assertThat(load("../ValidationMessages.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("../ValidationMessages_ru.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheCodeIsTranslated() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (Pattern p : new Pattern[]{USED, MENU}) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".")) {
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
        for (Role role : Role.values()) {
            assertThat(keys).contains(role.key(), role.key() + ".does");
        }
        // keys built from enum values
        for (var kind : ru.otklik.message.entity.MessageKind.values()) {
            assertThat(keys).contains(kind.key(), kind.key() + ".short");
        }
        for (var e : ru.otklik.message.entity.MessageStatus.values()) {
            assertThat(keys).contains(e.key());
        }
        for (var e : ru.otklik.message.entity.EventType.values()) {
            assertThat(keys).contains(e.key());
        }
        for (var e : ru.otklik.message.control.Action.values()) {
            assertThat(keys).contains(e.key());
        }
        for (var e : ru.otklik.message.entity.DraftStatus.values()) {
            assertThat(keys).contains(e.key());
        }
        for (var e : ru.otklik.message.entity.AnswerKind.values()) {
            assertThat(keys).contains(e.key());
        }
        for (var e : ru.otklik.message.entity.NoAnswerGround.values()) {
            assertThat(keys).contains(e.key());
        }
        for (var e : ru.otklik.worktime.entity.DeadlineKind.values()) {
            assertThat(keys).contains(e.key());
        }
        for (var e : ru.otklik.worktime.entity.DayKind.values()) {
            assertThat(keys).contains(e.key());
        }
    }

    @Test
    void russianIsTheDefaultAndEnglishIsOnRequest() {
        assertThat(Translations.translate("menu.home", null)).isEqualTo("Главная");
        assertThat(Translations.translate("menu.home", Locale.GERMAN)).isEqualTo("Главная");
        assertThat(Translations.translate("menu.home", Locale.ENGLISH)).isEqualTo("Home");
        assertThat(Translations.translate("login.error.locked", Translations.RUSSIAN, 30)).contains("30 с");
        assertThat(Translations.translate("no.such.key", Translations.RUSSIAN)).isEqualTo("!no.such.key!");
        assertThat(Translations.translateOr("no.such.key", Translations.ENGLISH, "fallback")).isEqualTo("fallback");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
