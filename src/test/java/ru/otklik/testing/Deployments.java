package ru.otklik.testing;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/**
 * Integration tests deploy the application's real WAR (built by {@code mvn package} before
 * failsafe runs), with the test classes added for in-container tests.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The WAR exactly as built: for tests that drive it from outside (HTTP, browser). */
    public static WebArchive app() {
        String path = System.getProperty("otklik.war", "target/otklik.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war.getAbsolutePath() + ": run `mvn verify`, not the IT alone");
        }
        return ShrinkWrap.create(ZipImporter.class, "otklik.war").importFrom(war).as(WebArchive.class);
    }

    /** The WAR with the test support, the given test classes and AssertJ, for in-container tests. */
    public static WebArchive withTests(Class<?>... testClasses) {
        WebArchive war = app();
        war.addClasses(As.class, As.ThrowingRunnable.class, Unique.class, Team.class, Team.Member.class, Server.class);
        war.addClasses(testClasses);
        war.addAsLibraries(jarOf(Assertions.class));
        return war;
    }

    public static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
