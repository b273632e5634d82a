package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users the lookup remembers for a short while, by object id or UPN (any case), so that a second ask about them is
 * answered by what the first one did: whether a lookup already foresaw (and tried) a user's live look, or whether a
 * user's last check took the registration feed's word. Each use names its own {@code keep}.
 */
final class RecentUsers {

    /** Past this many entries, the ones older than {@code keep} are dropped when the next is added. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Long> rememberedAt = new ConcurrentHashMap<>();
    private final long keepNanos;

    RecentUsers(Duration keep) {
        this.keepNanos = keep.toNanos();
    }

    void remember(String user) {
        long now = System.nanoTime();
        if (rememberedAt.size() > PRUNE_ABOVE) {
            rememberedAt.values().removeIf(at -> now - at > keepNanos);
        }
        rememberedAt.put(user.toLowerCase(Locale.ROOT), now);
    }

    /** Whether the user was remembered within {@code keep}. */
    boolean recently(String user) {
        Long at = rememberedAt.get(user.toLowerCase(Locale.ROOT));
        return at != null && System.nanoTime() - at <= keepNanos;
    }

    /** Whether the user was remembered within {@code keep}; forgets them, so that it answers once. */
    boolean takeBack(String user) {
        Long at = rememberedAt.remove(user.toLowerCase(Locale.ROOT));
        return at != null && System.nanoTime() - at <= keepNanos;
    }
}
