package dev.ssprpreflight.journey;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Distinct made-up client addresses, so that each test has rate-limit buckets of its own: each fresh
 * client in a /24 of its own (of the private 10.0.0.0/8), so that the per-network limit never joins
 * two tests' clients either.
 */
final class Clients {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() & 0xffff));

    private Clients() {
    }

    /** A client alone in its /24. */
    static String fresh() {
        return freshNetwork() + ".7";
    }

    /** The first three parts of a /24 that no other client uses, e.g. {@code 10.4.17}: add the fourth. */
    static String freshNetwork() {
        int n = NEXT.incrementAndGet() & 0xffff;
        return "10." + (n >> 8) + "." + (n & 0xff);
    }

    static String username() {
        return "nobody-" + NEXT.incrementAndGet() + "@contoso.example";
    }
}
