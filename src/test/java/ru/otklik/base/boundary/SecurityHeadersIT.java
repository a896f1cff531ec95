package ru.otklik.base.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers on every kind of response, as a browser receives them: the login page, a
 * view after login, the Vaadin client's static files, REST answers (success, 401, 404, 405, 415),
 * the OpenAPI description, the health check, and error pages (an unknown route, an unknown static
 * file).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("login page", get("login"));
        responses.put("a view before login", get("messages"));
        responses.put("sign-in redirect", post("signin", "application/x-www-form-urlencoded",
                "username=" + As.ADMIN + "&password=" + URLEncoder.encode(As.adminPassword(), StandardCharsets.UTF_8)));
        responses.put("home view after login", get(""));
        responses.put("a view after login", get("settings/staff"));
        responses.put("REST 200 (deadlines)", get("api/v1/deadlines?kind=INCIDENT&from=2026-11-30T13:00:00%2B03:00"));
        responses.put("REST 200 (health)", get("api/v1/health"));
        responses.put("OpenAPI description", get("api/v1/openapi.yaml"));
        responses.put("REST 401", post("api/v1/messages", "application/json", "{}"));
        responses.put("REST 404", get("api/v1/no-such-resource"));
        responses.put("REST 401 of a failed HTTP Basic login", basic("api/v1/reports?from=2026-11-01&to=2026-11-02",
                "no-such-login-" + System.nanoTime() + ":wrong"));
        responses.put("REST 405", get("api/v1/messages/batch"));
        responses.put("REST 415", post("api/v1/messages", "text/plain", "x"));
        responses.put("unknown route", get("no-such-page-" + System.nanoTime()));
        responses.put("unknown static file", get("VAADIN/no-such-file.js"));
        responses.put("unknown theme file", get("themes/otklik/no-such.css"));
        responses.put("favicon", get("favicon.ico"));

        List<String> missing = new ArrayList<>();
        responses.forEach((what, r) -> {
            String where = what + " (" + r.statusCode() + " " + r.uri().getPath() + ")";
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            if (!r.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
                missing.add(where + ": X-Content-Type-Options nosniff");
            }
            if (!r.headers().firstValue("X-Frame-Options").orElse("").equals("DENY") && !csp.contains("frame-ancestors 'none'")) {
                missing.add(where + ": X-Frame-Options DENY or frame-ancestors 'none'");
            }
            if (r.headers().firstValue("Referrer-Policy").isEmpty()) {
                missing.add(where + ": Referrer-Policy");
            }
            if (!csp.contains("default-src 'self'") || !csp.contains("object-src 'none'")) {
                missing.add(where + ": Content-Security-Policy");
            }
        });
        assertThat(responses.get("sign-in redirect").statusCode()).isEqualTo(302);
        assertThat(responses.get("REST 401").statusCode()).isEqualTo(401);
        assertThat(responses.get("REST 404").statusCode()).isEqualTo(404);
        HttpResponse<String> basic = responses.get("REST 401 of a failed HTTP Basic login");
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(basic.body()).contains("\"status\":401", "\"code\":\"unauthenticated\"");
        assertThat(basic.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
        assertThat(missing).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> basic(String path, String credentials) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization",
                        "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
