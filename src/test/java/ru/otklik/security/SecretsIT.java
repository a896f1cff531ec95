package ru.otklik.security;

import jakarta.ejb.EJB;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.message.boundary.ApiTokens;
import ru.otklik.report.boundary.Reports;
import ru.otklik.security.boundary.IssuedPassword;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.boundary.StaffDraft;
import ru.otklik.security.entity.Role;
import ru.otklik.testing.As;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Server;
import ru.otklik.testing.Unique;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets never leave the places made for them: a staff member is created (one-time password),
 * chooses a password, has it reset by the administrator (another one-time password) and chooses
 * again, logs in through the login form and calls the reports API with HTTP Basic; an API token is
 * created and used; an official account's password and recovery codes are stored in the vault and
 * revealed. Then no clear password or token appears in the server log, in any text column
 * of any table of the database (the audit log, the timelines, the outbox, the tokens, the users
 * ...), or in the report exports (XLSX unzipped, PDF as text).
 */
@ExtendWith(ArquillianExtension.class)
class SecretsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SecretsIT.class).addAsLibraries(Deployments.jarOf(PDDocument.class),
                Deployments.jarOf(TrueTypeFont.class), Deployments.jarOf(RandomAccessRead.class));
    }

    @EJB
    Staff staff;

    @EJB
    ApiTokens tokens;

    @EJB
    Reports reports;

    @EJB
    ru.otklik.socialaccount.boundary.Accounts accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new java.net.CookieManager()).build();

    @Test
    void noPasswordOrTokenIsInTheLogTheDatabaseOrTheExports() throws Exception {
        Map<String, String> secrets = new LinkedHashMap<>();
        String login = Unique.login("secret");
        StaffDraft d = new StaffDraft();
        d.setLogin(login);
        d.setFullName("Куратор Тайнова");
        d.setEmail(login + "@otklik.test");
        d.setRoles(EnumSet.of(Role.CURATOR));
        IssuedPassword created = As.admin(() -> staff.create(d));
        secrets.put("first one-time password", created.oneTimePassword());
        String chosen = "Tajna-" + Unique.login("p") + "-Пароль";
        secrets.put("chosen password", chosen);
        As.user(login, created.oneTimePassword(), () -> staff.changeOwnPassword(created.oneTimePassword(), chosen));
        IssuedPassword reset = As.admin(() -> staff.resetPassword(created.user().getId()));
        secrets.put("reset one-time password", reset.oneTimePassword());
        String again = "Vtoroj-" + Unique.login("p") + "-Пароль";
        secrets.put("second chosen password", again);
        As.user(login, reset.oneTimePassword(), () -> staff.changeOwnPassword(reset.oneTimePassword(), again));
        String token = As.admin(() -> tokens.create("Мониторинг " + login)).text();
        secrets.put("API token", token);
        // an official account's password and recovery codes in the vault (R2.2), stored and revealed
        String accountPassword = "Vk-" + Unique.login("v") + "-Sekret";
        String recovery = "recovery-" + Unique.login("r");
        secrets.put("account password", accountPassword);
        secrets.put("account recovery codes", recovery);
        As.admin(() -> {
            var draft = new ru.otklik.socialaccount.boundary.AccountDraft();
            draft.setNetworkId(accounts.networks().get(0).getId());
            draft.setName("Аккаунт " + login);
            var account = accounts.save(draft);
            accounts.storeCredentials(account.getId(), Map.of(
                    ru.otklik.socialaccount.entity.CredentialField.PASSWORD, accountPassword,
                    ru.otklik.socialaccount.entity.CredentialField.RECOVERY, recovery));
            assertThat(accounts.reveal(account.getId(), ru.otklik.socialaccount.entity.CredentialField.PASSWORD))
                    .isEqualTo(accountPassword);
            return null;
        });

        // log in through the form, call the reports API with HTTP Basic, use the token
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(Server.url("/signin")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(again, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String basic = Base64.getEncoder().encodeToString((login + ":" + again).getBytes(StandardCharsets.UTF_8));
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(3));
        HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create(Server.url("/api/v1/reports?from="
                + today.minusDays(6) + "&to=" + today))).header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        String message = "{\"source\":\"secrets\",\"externalId\":\"" + login + "\",\"network\":\"vk\",\"kind\":\"INCIDENT\","
                + "\"detectedAt\":\"" + OffsetDateTime.now(ZoneOffset.ofHours(3)).minusMinutes(1) + "\",\"text\":\"Проверка\"}";
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(Server.url("/api/v1/messages")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(Server.url("/api/v1/messages?limit=1")))
                .header("Authorization", "Bearer " + token + "x").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);

        List<String> found = new ArrayList<>();
        String log = Files.readString(serverLog(), StandardCharsets.UTF_8);
        secrets.forEach((what, secret) -> {
            if (log.contains(secret)) {
                found.add(what + " in " + serverLog());
            }
        });
        found.addAll(inDatabase(secrets));
        byte[] xlsx = As.user(login, again, () -> reports.xlsx(today.minusDays(6), today, Locale.forLanguageTag("ru")));
        String xlsxText = unzipped(xlsx);
        assertThat(xlsxText).contains("worksheets"); // really read
        byte[] pdf = As.user(login, again, () -> reports.pdf(today.minusDays(6), today, Locale.forLanguageTag("ru")));
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(document);
        }
        assertThat(pdfText).contains("Куратор Тайнова"); // the author of the report: really read
        String pdfRaw = new String(pdf, StandardCharsets.ISO_8859_1);
        secrets.forEach((what, secret) -> {
            if (xlsxText.contains(secret)) {
                found.add(what + " in the XLSX report");
            }
            if (pdfText.contains(secret) || pdfRaw.contains(secret)) {
                found.add(what + " in the PDF report");
            }
        });
        assertThat(found).as("secrets found where they must never be").isEmpty();
    }

    /** Every text column of every table, row by row. */
    private static List<String> inDatabase(Map<String, String> secrets) throws Exception {
        List<String> found = new ArrayList<>();
        DataSource ds = (DataSource) new InitialContext().lookup("java:jboss/datasources/OtklikDS");
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).as("tables seen").contains("audit_entry", "api_token", "staff_user", "message");
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            String value = text(rs, i);
                            if (value == null) {
                                continue;
                            }
                            for (var secret : secrets.entrySet()) {
                                if (value.contains(secret.getValue())) {
                                    found.add(secret.getKey() + " in " + table + "." + columns.getColumnName(i));
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String text(ResultSet rs, int column) {
        try {
            Object value = rs.getObject(column);
            if (value instanceof byte[] bytes) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            if (value instanceof java.sql.Clob clob) {
                return clob.getSubString(1, (int) clob.length());
            }
            if (value instanceof java.sql.Blob blob) {
                return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
            }
            return value == null ? null : value.toString();
        } catch (Exception unreadable) {
            return null;
        }
    }

    private static String unzipped(byte[] zip) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                all.append(e.getName()).append('\n').append(out.toString(StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static Path serverLog() {
        String dir = System.getProperty("jboss.server.log.dir");
        return dir != null ? Path.of(dir, "server.log")
                : Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");
    }
}
