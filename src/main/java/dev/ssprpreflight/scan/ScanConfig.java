package dev.ssprpreflight.scan;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The readiness scan's schedule, lease and retention ({@code sspr.scan.*}). */
@ConfigMapping(prefix = "sspr.scan")
public interface ScanConfig {

    /** Whether whole-tenant scans start on a schedule; on-demand scans from the console work either way. */
    @WithDefault("true")
    boolean scheduled();

    /** How often a scheduled whole-tenant scan runs: when the last scan of any kind started this long ago. */
    @WithDefault("P1D")
    Duration every();

    /** How often the schedule looks whether a scan is due (and marks abandoned scans failed). */
    @WithDefault("PT5M")
    Duration checkEvery();

    /**
     * How long a scan's lease lasts unless a stored page renews it: after that, a scan whose replica
     * stopped is marked failed and another may begin. Longer than the slowest page (a throttled page
     * waits out Graph's {@code Retry-After}).
     */
    @WithDefault("PT5M")
    Duration leaseDuration();

    /** Scans (and their blocked users) older than this are deleted by the schedule. */
    @WithDefault("P180D")
    Duration keepFor();

    /** This replica's lease-holder id; defaults to {@code $HOSTNAME} plus a random suffix. */
    Optional<String> replicaId();
}
