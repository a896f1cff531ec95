package ru.otklik.security.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Unique;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The login endpoint from outside, as a browser or an attacker meets it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theLoginPageIsServedWithSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswer() throws Exception {
        assertThat(signIn(As.ADMIN, "not-the-password").headers().firstValue("Location")).get().asString()
                .endsWith("/login?error=bad");
        assertThat(signIn(Unique.login("ghost"), "whatever-pass").headers().firstValue("Location")).get().asString()
                .endsWith("/login?error=bad");
    }

    @Test
    void emptyOrHugeInputIsAnsweredCalmly() throws Exception {
        assertThat(signIn("", "").headers().firstValue("Location")).get().asString().endsWith("/login?error=empty");
        HttpResponse<String> huge = signIn("x".repeat(100_000), "y".repeat(1000));
        assertThat(huge.statusCode()).isEqualTo(302);
        assertThat(huge.headers().firstValue("Location")).get().asString().endsWith("/login?error=empty");
    }

    @Test
    void repeatedFailuresAreSlowedDownEvenForTheRightPassword() throws Exception {
        String login = Unique.login("guess");
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(login, "guess-" + i).headers().firstValue("Location")).get().asString()
                    .endsWith("error=bad");
        }
        String fourth = signIn(login, "guess-3").headers().firstValue("Location").orElseThrow();
        assertThat(fourth).contains("error=locked&wait=");
        String fifth = signIn(login, "guess-4").headers().firstValue("Location").orElseThrow();
        assertThat(fifth).contains("error=locked&wait=");
    }

    @Test
    void aSuccessfulLoginRenewsTheSessionAndOpensTheApplication() throws Exception {
        get("login");
        String before = sessionId().orElseThrow();

        HttpResponse<String> response = signIn(As.ADMIN, As.adminPassword());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/");
        assertThat(sessionId()).get().isNotEqualTo(before);
        assertThat(get("").statusCode()).isEqualTo(200);
    }

    private Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String login, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&role=ADMIN";
        return http.send(HttpRequest.newBuilder(URI.create(base + "signin"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
