package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users whose live look at their methods a lookup already foresaw, and put into its {@code $batch} when the
 * reports budget had a slot. When the checks then ask for that look anyway (it failed inside the batch, or had no
 * slot), the adapter declines: asking again milliseconds later would only race for a slot that freed in between.
 * The lookup remembers, the follow-up ask takes the memory back once; so the decision is made in one place
 * ({@link LiveLookForecast}) instead of being guessed twice.
 */
final class ForeseenLiveLooks {

    /** Past this many entries, the ones older than {@code keep} are dropped when the next is added. */
    private static final int PRUNE_ABOVE = 1_000;

    private final Map<String, Long> foreseenAt = new ConcurrentHashMap<>();
    private final long keepNanos;

    /** @param keep how long a lookup's foresight is kept: a check's budget is enough, its follow-up comes within it */
    ForeseenLiveLooks(Duration keep) {
        this.keepNanos = keep.toNanos();
    }

    void remember(String userObjectId) {
        long now = System.nanoTime();
        if (foreseenAt.size() > PRUNE_ABOVE) {
            foreseenAt.values().removeIf(at -> now - at > keepNanos);
        }
        foreseenAt.put(userObjectId.toLowerCase(Locale.ROOT), now);
    }

    /** Whether a lookup foresaw this user's look lately; forgets it, so that it answers once. */
    boolean takeBack(String userObjectId) {
        Long at = foreseenAt.remove(userObjectId.toLowerCase(Locale.ROOT));
        return at != null && System.nanoTime() - at <= keepNanos;
    }
}
