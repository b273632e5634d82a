package dev.ssprpreflight.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation's own rules for the checks, from configuration.
 *
 * @param syncStaleAfter a synced user is blocked when the organisation's last sync is older than this
 * @param cloudQualifyingSkus when not empty, cloud-only users need one of these SKUs (or an Entra ID
 *        P1/P2 plan) to reset; lower-case GUIDs
 */
public record CheckSettings(Duration syncStaleAfter, Set<String> cloudQualifyingSkus) {

    public static final Duration DEFAULT_SYNC_STALE_AFTER = Duration.ofHours(3);

    public CheckSettings {
        cloudQualifyingSkus = cloudQualifyingSkus.stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a sync that completed at {@code lastSync} is older than {@link #syncStaleAfter()} at {@code now}. */
    public boolean syncIsStale(Instant lastSync, Instant now) {
        return Duration.between(lastSync, now).compareTo(syncStaleAfter) > 0;
    }

    public static CheckSettings defaults() {
        return new CheckSettings(DEFAULT_SYNC_STALE_AFTER, Set.of());
    }
}
