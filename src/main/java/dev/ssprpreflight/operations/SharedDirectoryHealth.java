package dev.ssprpreflight.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.directory.DirectoryHealth;
import dev.ssprpreflight.directory.DirectoryStatus;

/**
 * The one {@link CachedProbe} of this instance and the mirror's age rule, shared by the readiness check
 * and (through {@link DirectoryHealth}) the console's health page: both see the same answer, and a page
 * view never adds a Graph call to the readiness check's.
 */
@ApplicationScoped
class SharedDirectoryHealth implements DirectoryHealth {

    private final HealthConfig config;
    private final Clock clock;
    private final Instant started;
    private final ExecutorService prober;
    private final CachedProbe probe;

    SharedDirectoryHealth(DirectoryStatus status, HealthConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.started = clock.instant();
        this.prober = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "directory-probe");
            thread.setDaemon(true);
            return thread;
        });
        this.probe = new CachedProbe(status, clock, config.graphProbeInterval(), config.graphProbeTimeout(),
                config.graphProbeWait(), prober);
    }

    @Override
    public Optional<ProbeAnswer> latestProbe() {
        return probe.latest();
    }

    /** Whether any probe since start was answered successfully. */
    boolean answeredSinceStart() {
        return probe.answeredSinceStart();
    }

    @Override
    public boolean mirrorTooOld(DirectoryStatus.Remote seen) {
        Duration maxAge = config.mirrorMaxAge();
        return seen.mirrorAge()
                .map(age -> age.compareTo(maxAge) > 0)
                // Never refreshed: give the first refresh the same time after start.
                .orElseGet(() -> Duration.between(started, clock.instant()).compareTo(maxAge) > 0);
    }

    @Override
    public Duration mirrorMaxAge() {
        return config.mirrorMaxAge();
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }
}
