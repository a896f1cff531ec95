package ru.otklik.base.control;

/** Finding the meaningful failure inside the wrappers an EJB or a framework put around it. */
public final class Causes {

    private Causes() {
    }

    /** The first throwable of the given type in the cause chain, or {@code null}. */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * Whether the failure comes from a database that cannot be reached (stopped, restarting, the
     * network down): a connection refused or lost (SQL state class 08, the JDBC connection
     * exceptions), or the pool unable to open one. Such a failure is temporary, not a fault of
     * the request or of the code. Classes outside the Java SE API (Hibernate's, IronJacamar's)
     * are recognised by name so that this stays free of their modules.
     */
    public static boolean databaseUnreachable(Throwable failure) {
        return databaseUnreachable(failure, 0);
    }

    /** The cause chain and the suppressed failures (a failed commit carries the lost connection there). */
    private static boolean databaseUnreachable(Throwable failure, int depth) {
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("IJ000453") || message.contains("IJ031084"))) {
                return true; // IronJacamar: unable to get a managed connection / to create a connection
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (databaseUnreachable(suppressed, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
