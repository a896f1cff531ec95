package ru.otklik.security.boundary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInTest {

    @Test
    void onlyPathsInsideTheApplicationAreFollowedAfterLogin() {
        assertThat(SignIn.safeTarget("settings/staff")).isEqualTo("settings/staff");
        assertThat(SignIn.safeTarget("/audit?from=2026-01-01")).isEqualTo("audit?from=2026-01-01");
        assertThat(SignIn.safeTarget("https://evil.example/")).isEmpty();
        assertThat(SignIn.safeTarget("//evil.example/x")).isEmpty();
        assertThat(SignIn.safeTarget("../../etc")).isEmpty();
        assertThat(SignIn.safeTarget("login?error=bad")).isEmpty();
        assertThat(SignIn.safeTarget("javascript:alert(1)")).isEmpty();
        assertThat(SignIn.safeTarget(null)).isEmpty();
    }

    @Test
    void loginsAreCompared_caseAndSpaceInsensitive() {
        assertThat(SignIn.normalise("  Ivanov ")).isEqualTo("ivanov");
        assertThat(SignIn.normalise(null)).isEmpty();
    }
}
