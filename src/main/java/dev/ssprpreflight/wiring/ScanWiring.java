package dev.ssprpreflight.wiring;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.directory.ReplicaId;
import dev.ssprpreflight.scan.ReadinessScans;
import dev.ssprpreflight.scan.ScanConfig;
import dev.ssprpreflight.scan.ScanStore;
import dev.ssprpreflight.scan.TenantListing;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;

/** Turns the readiness scan's plain-Java runner into a bean over the chosen directory and the database. */
class ScanWiring {

    /**
     * Two threads, the scan and its lease heartbeat: one scan runs at a time across all replicas. An
     * {@code @Identifier}, not {@code @Named}: a bean with only {@code @Named} is also {@code @Default}, and the
     * Quarkus scheduler's own {@code ScheduledExecutorService} injection point would then find two beans.
     */
    @Produces
    @Singleton
    @Identifier("readiness-scan-runner")
    ScheduledExecutorService scanRunner() {
        return Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "readiness-scan");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Interrupts a running scan, which then marks itself failed (or its lease expires and another replica does). */
    void stopRunner(@Disposes @Identifier("readiness-scan-runner") ScheduledExecutorService runner) {
        runner.shutdownNow();
    }

    @Produces
    @Singleton
    ReadinessScans readinessScans(TenantListing listing, ScanStore store, CheckSettings settings, Clock clock,
            ScanConfig config, @Identifier("readiness-scan-runner") ScheduledExecutorService runner) {
        String holder = ReplicaId.configuredOrGenerated(config.replicaId());
        Log.infof("Readiness scans: this replica's lease holder id is %s", holder);
        return ReadinessScans.create(listing, store, CheckCatalogue.standard(), settings, clock, runner, holder,
                config.leaseDuration());
    }
}
