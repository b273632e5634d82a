package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import dev.ssprpreflight.directory.ReportsLedger;

/** The reports budget's slots of one instance: the times of its recent requests, in memory. */
final class LocalReportsLedger implements ReportsLedger {

    private final Deque<Long> takenAt = new ArrayDeque<>();
    private long pausedUntil = System.nanoTime();
    private long mirrorFirstUntil = System.nanoTime();

    @Override
    public synchronized Optional<Duration> tryTake(int capacity, int limit, Duration window, String consumer) {
        long now = System.nanoTime();
        if (now - pausedUntil < 0) {
            return Optional.of(Duration.ofNanos(pausedUntil - now));
        }
        long windowNanos = window.toNanos();
        while (!takenAt.isEmpty() && now - takenAt.peekFirst() >= windowNanos) {
            takenAt.removeFirst();
        }
        if (takenAt.size() >= Math.min(limit, capacity)) {
            // The slot that frees next is the oldest one beyond the limit's count.
            long oldest = takenAt.stream().skip(Math.max(0, takenAt.size() - Math.max(limit, 1))).findFirst()
                    .orElse(now);
            return Optional.of(Duration.ofNanos(Math.max(1_000_000L, oldest + windowNanos - now)));
        }
        takenAt.addLast(now);
        return Optional.empty();
    }

    @Override
    public synchronized void pause(int capacity, Duration window, Duration retryAfter) {
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + retryAfter.toNanos());
    }

    @Override
    public synchronized boolean mirrorFirst() {
        return System.nanoTime() - mirrorFirstUntil < 0;
    }

    @Override
    public synchronized void claimMirrorFirst(Duration duration) {
        mirrorFirstUntil = System.nanoTime() + duration.toNanos();
    }

    @Override
    public synchronized void releaseMirrorFirst() {
        mirrorFirstUntil = System.nanoTime();
    }
}
