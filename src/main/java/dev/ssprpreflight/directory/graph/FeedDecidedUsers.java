package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users whose last check took the registration feed's word ("no registration since the report row") without a live
 * look. The feed cannot see a registration younger than the audit log's latency, and the user most likely to have
 * registered in those minutes is the one we just told to: when they try again soon, their lookup asks for a live look
 * (if the reports budget has a slot) instead of taking the feed's word a second time.
 */
final class FeedDecidedUsers {

    /** Past this many entries, the ones older than {@code keep} are dropped when the next is added. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Long> decidedAt = new ConcurrentHashMap<>();
    private final long keepNanos;

    /** @param keep how long a retry still deserves a live look: the audit log's latency and a few polls */
    FeedDecidedUsers(Duration keep) {
        this.keepNanos = keep.toNanos();
    }

    void remember(String userPrincipalName) {
        long now = System.nanoTime();
        if (decidedAt.size() > PRUNE_ABOVE) {
            decidedAt.values().removeIf(at -> now - at > keepNanos);
        }
        decidedAt.put(userPrincipalName.toLowerCase(Locale.ROOT), now);
    }

    /** Whether this user's check rested on the feed alone lately. */
    boolean recently(String userPrincipalName) {
        Long at = decidedAt.get(userPrincipalName.toLowerCase(Locale.ROOT));
        return at != null && System.nanoTime() - at <= keepNanos;
    }
}
