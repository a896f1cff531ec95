package ru.otklik.security.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTest {

    @Test
    void hashesAreSaltedBcryptInModularCryptFormAndVerify() {
        String first = Passwords.hash("Пароль-для-проверки-1");
        String second = Passwords.hash("Пароль-для-проверки-1");

        assertThat(first).startsWith("$2a$" + Passwords.COST + "$").hasSize(60).isNotEqualTo(second);
        assertThat(Passwords.matches("Пароль-для-проверки-1", first)).isTrue();
        assertThat(Passwords.matches("Пароль-для-проверки-2", first)).isFalse();
        assertThat(Passwords.matches("anything", "not-a-hash")).isFalse();
        assertThat(Passwords.matches(null, first)).isFalse();
    }

    @Test
    void weakPasswordsAreNamedWithTheReason() {
        assertThat(Passwords.weakness("short1", "ivanov")).contains("password.too-short");
        assertThat(Passwords.weakness("aaaaaaaaaaaa", "ivanov")).contains("password.too-simple");
        assertThat(Passwords.weakness("my-ivanov-2026", "ivanov")).contains("password.contains-login");
        assertThat(Passwords.weakness("1q2w3e4r5t", "ivanov")).contains("password.too-common");
        assertThat(Passwords.weakness("ж".repeat(37), "ivanov")).contains("password.too-long");
        assertThat(Passwords.weakness("Сирень-цветёт-в-мае", "ivanov")).isEmpty();
    }

    @Test
    void oneTimePasswordsAreReadableAndDifferent() {
        String a = Passwords.oneTime();
        String b = Passwords.oneTime();

        assertThat(a).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}").doesNotContain("0", "1", "l", "o", "i");
        assertThat(a).isNotEqualTo(b);
        assertThat(Passwords.weakness(a, "admin")).isEmpty();
    }
}
