package dev.ssprpreflight.directory.graph;

import java.util.logging.Level;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Where {@code io.quarkus.logging.Log} writes in a JVM that runs no Quarkus application (the benchmarks' mains, the
 * integration tests that start packaged replicas): the JBoss LogManager found on the classpath has no handler there,
 * so the figures would go nowhere. This gives its root logger a console handler.
 */
public final class PlainJvmLogging {

    private PlainJvmLogging() {
    }

    /** Call before anything logs. */
    public static void toConsole() {
        System.setProperty("org.jboss.logging.provider", "jboss");
        // java.util.logging too, before anything asks for a logger (the JDK's TLS and HTTP clients do, through
        // System.Logger): else the JBoss LogManager's logger finder warns and the JDK's own LogManager takes over,
        // with its two-line format.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        ConsoleHandler console = new ConsoleHandler(new PatternFormatter("%d{HH:mm:ss} %-5p %s%e%n"));
        // INFO, as the application logs: the HTTP clients' DEBUG lines would bury the figures.
        console.setLevel(Level.INFO);
        LogContext.getSystemLogContext().getLogger("").addHandler(console);
    }
}
