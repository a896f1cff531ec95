package ru.otklik.base.boundary;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 9: a database that cannot be reached is a 503 to retry, not a 500 incident (the
 * Retry-After header is checked on the running server by bench/db-restart.sh).
 */
class ApiErrorsTest {

    @Test
    void aLostConnectionInsideTheWrappersIs503() {
        Throwable failure = new EJBException(new PersistenceException("could not execute statement",
                new SQLNonTransientConnectionException("(conn=42) Connection reset", "08000")));
        ApiError error = ApiErrors.describe(failure);
        assertEquals(503, error.status());
        assertEquals("database-unavailable", error.code());
    }

    @Test
    void aPoolThatCannotOpenAConnectionIs503() {
        Throwable failure = new EJBException(new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException("jakarta.resource.ResourceException: IJ000453: Unable to get managed connection for java:jboss/datasources/OtklikDS",
                        new ConnectException("Connection refused"))));
        assertEquals(503, ApiErrors.describe(failure).status());
    }

    @Test
    void aCommitThatLostItsConnectionIs503() {
        // ARJUNA016053: the lost connection is a suppressed failure of the rollback exception
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        Exception commit = new Exception("IJ001156: Could not commit local transaction",
                new SQLNonTransientConnectionException("(conn=17) Socket error"));
        rollback.addSuppressed(commit);
        assertEquals(503, ApiErrors.describe(new EJBException(rollback)).status());
    }

    @Test
    void otherDatabaseErrorsStayIncidents() {
        Throwable failure = new EJBException(new PersistenceException(new SQLException("Duplicate entry", "23000")));
        ApiError error = ApiErrors.describe(failure);
        assertEquals(500, error.status());
        assertEquals("internal", error.code());
    }
}
