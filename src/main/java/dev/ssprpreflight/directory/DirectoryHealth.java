package dev.ssprpreflight.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the readiness check has judged of the directory, shared read-only so that the console's health
 * page shows the same answers without asking Graph a second time. Implemented in {@code operations}
 * (the one probe cache and the mirror rule live there); seen through this port because only the wiring
 * may depend on {@code operations}.
 */
public interface DirectoryHealth {

    /**
     * The probe's latest answer from the one cache the readiness check uses: a fresh one if it comes within
     * {@code sspr.health.graph-probe-wait}, else the previous one; empty before the first answer and for
     * adapters without a remote service. Never waits longer than that.
     */
    Optional<ProbeAnswer> latestProbe();

    /** Whether the registration mirror is older than {@link #mirrorMaxAge()}, or still missing that long after start. */
    boolean mirrorTooOld(DirectoryStatus.Remote seen);

    /** {@code sspr.health.mirror-max-age}. */
    Duration mirrorMaxAge();

    /**
     * A probe's answer and when it came.
     *
     * @param probe the answer
     * @param at when it came back
     */
    record ProbeAnswer(DirectoryStatus.Probe probe, Instant at) {
    }
}
