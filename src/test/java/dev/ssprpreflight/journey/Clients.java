package dev.ssprpreflight.journey;

import java.util.concurrent.atomic.AtomicInteger;

/** Distinct made-up client addresses (TEST-NET-3), so that each test has rate-limit buckets of its own. */
final class Clients {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() & 0xffff));

    private Clients() {
    }

    static String fresh() {
        int n = NEXT.incrementAndGet() & 0xffff;
        return "203.0." + (113 + (n >> 8) % 2) + "." + (n & 0xff);
    }

    static String username() {
        return "nobody-" + NEXT.incrementAndGet() + "@contoso.example";
    }
}
