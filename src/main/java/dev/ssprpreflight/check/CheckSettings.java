package dev.ssprpreflight.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation's own thresholds for the checks, from configuration.
 *
 * @param syncStaleAfter a user whose password lives on-premises is blocked when the organisation's last
 *        sync is older than this ({@code SYNC_STALE})
 * @param syncLateAfter past this, a late sync is reported to the admins ({@code SYNC_LATE}); shorter than
 *        {@code syncStaleAfter}
 * @param cloudQualifyingSkus when not empty, the SKUs that let cloud-only users reset (besides Entra ID
 *        P1/P2); lower-case GUIDs
 */
public record CheckSettings(Duration syncStaleAfter, Duration syncLateAfter, Set<String> cloudQualifyingSkus) {

    /**
     * Connect syncs every 30 minutes by default, but admins may stretch the cycle to hours or a day
     * (how-to-connect-sync-feature-scheduler), so a few hours' lag is no evidence of a dead server.
     */
    public static final Duration DEFAULT_SYNC_STALE_AFTER = Duration.ofHours(24);
    public static final Duration DEFAULT_SYNC_LATE_AFTER = Duration.ofHours(3);

    public CheckSettings {
        if (syncLateAfter.compareTo(syncStaleAfter) >= 0) {
            throw new IllegalArgumentException("sync-late-after (" + syncLateAfter
                    + ") must be shorter than sync-stale-after (" + syncStaleAfter + ")");
        }
        cloudQualifyingSkus = cloudQualifyingSkus.stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a sync that completed at {@code lastSync} is older than {@link #syncStaleAfter()} at {@code now}. */
    public boolean syncIsStale(Instant lastSync, Instant now) {
        return Duration.between(lastSync, now).compareTo(syncStaleAfter) > 0;
    }

    /** Whether a sync that completed at {@code lastSync} is older than {@link #syncLateAfter()} at {@code now}. */
    public boolean syncIsLate(Instant lastSync, Instant now) {
        return Duration.between(lastSync, now).compareTo(syncLateAfter) > 0;
    }

    public static CheckSettings defaults() {
        return new CheckSettings(DEFAULT_SYNC_STALE_AFTER, DEFAULT_SYNC_LATE_AFTER, Set.of());
    }
}
