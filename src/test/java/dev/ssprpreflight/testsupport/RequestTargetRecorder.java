package dev.ssprpreflight.testsupport;

import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Test-only: remembers the request target exactly as the server received it, for requests that ask for it
 * with {@value #HEADER}, so that a test can prove that its unusual paths reached the server unchanged.
 * Runs ahead of every other route; other requests pass untouched.
 */
@ApplicationScoped
public class RequestTargetRecorder {

    public static final String HEADER = "X-Test-Record-Target";
    private static final ConcurrentLinkedQueue<String> RECEIVED = new ConcurrentLinkedQueue<>();

    void register(@Observes Router router) {
        router.route().order(-3000).handler(context -> {
            if (context.request().getHeader(HEADER) != null) {
                RECEIVED.add(context.request().uri());
            }
            context.next();
        });
    }

    /** Whether a recorded request's target was exactly this one. */
    public static boolean received(String target) {
        return RECEIVED.contains(target);
    }
}
