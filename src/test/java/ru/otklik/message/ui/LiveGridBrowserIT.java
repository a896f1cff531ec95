package ru.otklik.message.ui;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.otklik.message.boundary.ApiTokens;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.entity.Role;
import ru.otklik.testing.As;
import ru.otklik.testing.BrowserTest;
import ru.otklik.testing.Deployments;
import ru.otklik.testing.Team;
import ru.otklik.testing.Unique;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;


/**
 * Issue 4, "refreshed live (server push) when others change messages": a curator has the message
 * grid open; monitoring software sends a batch of three messages through the API; without
 * reloading, the grid's total grows by three and the new messages can be found in it. The
 * changes of a batch reach an open grid as one redraw (base.ui.Listeners), so a batch of 1,000
 * does not cost every open grid a thousand. The curator and the token are prepared inside the
 * server, then the browser and the HTTP client take over from outside ({@link LiveGridBrowserSteps},
 * which the deployment need not hold).
 */
@ExtendWith(ArquillianExtension.class)
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveGridBrowserIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(LiveGridBrowserIT.class);
    }

    @EJB
    Staff staff;

    @EJB
    ApiTokens tokens;

    @ArquillianResource
    URL base;

    private static Path handOver() {
        return Path.of(System.getenv().getOrDefault("OTKLIK_IT_DIR", "target/it"), "live-grid-browser.properties");
    }

    @Test
    @Order(1)
    void prepareACuratorAndATokenInsideTheServer() throws Exception {
        String run = Unique.login("g").substring(1);
        Team.Member curator = Team.member(staff, "cur", "Куратор " + run, Role.CURATOR);
        String token = As.admin(() -> tokens.create("Мониторинг " + run)).text();
        Properties p = new Properties();
        p.setProperty("login", curator.login());
        p.setProperty("password", curator.password());
        p.setProperty("token", token);
        p.setProperty("run", run);
        Files.createDirectories(handOver().getParent());
        try (var out = Files.newBufferedWriter(handOver())) {
            p.store(out, "LiveGridBrowserIT");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void aBatchFromMonitoringSoftwareAppearsInAnOpenGridWithoutReloading() throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(handOver())) {
            p.load(in);
        }
        LiveGridBrowserSteps.watchABatchArrive(base, p);
    }
}
