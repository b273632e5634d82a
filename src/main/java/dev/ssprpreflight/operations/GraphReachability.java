package dev.ssprpreflight.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.ssprpreflight.directory.DirectoryStatus;

/**
 * Decides whether Graph is reachable from what the adapter has already seen, without a call of its
 * own: new failures that mean "cannot talk to Graph" with no successful read since make it
 * unreachable; a successful read (tenant facts read again, or the mirror refreshed) makes it
 * reachable again. The verdict is reused for one interval, so that probes every few seconds compare
 * over a useful span. Not thread-safe on its own; the health check serialises calls.
 */
final class GraphReachability {

    /** Failure kinds that say Graph cannot be used at all; NOT_FOUND and THROTTLED are normal answers. */
    static final List<String> UNREACHABLE_KINDS = List.of("NETWORK", "TIMEOUT", "UNAUTHENTICATED", "FORBIDDEN",
            "SERVER_ERROR");

    private final Clock clock;
    private final Duration interval;
    private DirectoryStatus.Remote previous;
    private Instant decidedAt;
    private boolean reachable = true;

    GraphReachability(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    /** Whether Graph is reachable, judged from this snapshot against the one of the last interval. */
    boolean reachable(DirectoryStatus.Remote now) {
        Instant at = clock.instant();
        if (decidedAt != null && at.isBefore(decidedAt.plus(interval))) {
            return reachable;
        }
        if (previous != null) {
            if (succeededSince(previous, now)) {
                reachable = true;
            } else if (unreachableFailures(now) > unreachableFailures(previous)) {
                reachable = false;
            }
        } else if (unreachableFailures(now) > 0 && now.lastSuccessfulRead().isEmpty()) {
            // The first probe after start: failures and never a success.
            reachable = false;
        }
        previous = now;
        decidedAt = at;
        return reachable;
    }

    private static boolean succeededSince(DirectoryStatus.Remote before, DirectoryStatus.Remote now) {
        boolean readAgain = now.lastSuccessfulRead().isPresent()
                && !now.lastSuccessfulRead().equals(before.lastSuccessfulRead());
        boolean mirrorRefreshed = now.mirrorAge().isPresent()
                && (before.mirrorAge().isEmpty() || younger(now.mirrorAge(), before.mirrorAge()));
        return readAgain || mirrorRefreshed;
    }

    private static boolean younger(Optional<Duration> now, Optional<Duration> before) {
        return now.get().compareTo(before.get()) < 0;
    }

    private static long unreachableFailures(DirectoryStatus.Remote remote) {
        return UNREACHABLE_KINDS.stream().mapToLong(remote::failures).sum();
    }
}
