package ru.otklik.base.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else starts (every other start-up bean
 * {@code @DependsOn} this one). Flyway applies the versioned scripts of
 * {@code db/migration} on H2 and MariaDB alike; Hibernate never alters the schema.
 *
 * <p>Bean-managed transactions: Flyway commits each migration itself, which a container
 * transaction would forbid. No business methods: nothing calls it.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/OtklikDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // WildFly's database timer store (wildfly/timers.cli) creates its table JBOSS_EJB_TIMER in
                // the same schema when the server starts, before this runs: a schema holding only that is
                // "non-empty" to Flyway. A baseline at version 0 keeps every migration from V1 on.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now, database "
                + result.database + ")");
    }
}
