package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * The app's share of the identity and access reports throttle (about 5 requests per 10 s per app per
 * tenant), kept on our side so that Graph never has to throttle us: a sliding window of the times of
 * recent requests. The mirror waits for slots but leaves some free for the checks; a check never waits,
 * it takes a slot or does without.
 */
final class ReportsBudget {

    private final int capacity;
    private final long windowNanos;
    private final int reservedForChecks;
    private final Deque<Long> sent = new ArrayDeque<>();
    private long pausedUntil = System.nanoTime();
    private long throttledSeen;

    /**
     * @param margin added to the window, so that jitter between our clock and Graph's arrival times
     *        cannot squeeze more than {@code capacity} requests into one of Graph's windows
     */
    ReportsBudget(int capacity, Duration window, Duration margin, int reservedForChecks) {
        if (capacity < 1) {
            throw new IllegalStateException("sspr.graph.reports-throttle.requests must be at least 1");
        }
        if (reservedForChecks < 0 || reservedForChecks >= capacity) {
            throw new IllegalStateException("sspr.graph.reports-throttle.reserved-for-checks must be between 0 and "
                    + (capacity - 1) + " so that the mirror keeps at least one slot");
        }
        this.capacity = capacity;
        this.windowNanos = window.plus(margin).toNanos();
        this.reservedForChecks = reservedForChecks;
    }

    /** A check's request: a slot now, or {@code false} without waiting. */
    synchronized boolean tryAcquireForCheck() {
        return tryAcquire(capacity);
    }

    /**
     * The mirror's request: waits for a slot that leaves the checks' reserve free, at most {@code maxWait}.
     *
     * @return whether a slot was taken
     */
    synchronized boolean acquireForMirror(Duration maxWait) throws InterruptedException {
        long giveUpAt = System.nanoTime() + maxWait.toNanos();
        while (!tryAcquire(capacity - reservedForChecks)) {
            long wait = Math.min(nanosUntilFreeSlot(), giveUpAt - System.nanoTime());
            if (wait <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, wait);
        }
        return true;
    }

    /** Graph throttled us anyway (another app instance, a clock skew): stop until its Retry-After passes. */
    synchronized void throttled(Duration retryAfter) {
        throttledSeen++;
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + retryAfter.toNanos());
        notifyAll();
    }

    /** How many 429s the reports APIs answered since start. */
    synchronized long throttledSeen() {
        return throttledSeen;
    }

    private boolean tryAcquire(int limit) {
        long now = System.nanoTime();
        if (now - pausedUntil < 0) {
            return false;
        }
        while (!sent.isEmpty() && now - sent.peekFirst() >= windowNanos) {
            sent.removeFirst();
        }
        if (sent.size() >= limit) {
            return false;
        }
        sent.addLast(now);
        return true;
    }

    private long nanosUntilFreeSlot() {
        long now = System.nanoTime();
        long untilSlot = sent.isEmpty() ? 1 : sent.peekFirst() + windowNanos - now;
        long untilUnpaused = pausedUntil - now;
        return Math.max(1_000_000L, Math.max(untilSlot, untilUnpaused));
    }
}
