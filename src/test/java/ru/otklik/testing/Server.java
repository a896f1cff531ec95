package ru.otklik.testing;

/**
 * The address of the server this test runs in (in-container tests): HTTP on 8080 plus the port
 * offset the server was started with ({@code -Djboss.socket.binding.port-offset}, the pom's
 * {@code it.port.offset}). A fixed 8080 would reach another checkout's server when two run
 * their integration tests side by side.
 */
public final class Server {

    private Server() {
    }

    /** e.g. {@code http://127.0.0.1:8280} for the offset 200. */
    public static String base() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://127.0.0.1:" + (8080 + offset);
    }

    /** The absolute URL of a path on this server, e.g. {@code url("/api/v1/health")}. */
    public static String url(String path) {
        return base() + path;
    }
}
