package dev.ssprpreflight.scan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Starts the daily whole-tenant scan and keeps the scan table tidy. Every replica runs this tick; the
 * store's lease lets one scan run at a time, and "the last scan started less than a period ago" keeps
 * the others (and a replica that just restarted) from starting another right after it.
 */
@ApplicationScoped
public class ScheduledScans {

    static final String STARTED_BY = "schedule";

    private final ReadinessScans scans;
    private final ScanStore store;
    private final ScanConfig config;
    private final Clock clock;

    ScheduledScans(ReadinessScans scans, ScanStore store, ScanConfig config, Clock clock) {
        this.scans = scans;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${sspr.scan.check-every:PT5M}", delayed = "${sspr.scan.check-every:PT5M}", identity = "readiness-scan-schedule", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            Instant now = clock.instant();
            store.failAbandoned(now, ReadinessScans.ABANDONED);
            int deleted = store.deleteStartedBefore(now.minus(config.keepFor()));
            if (deleted > 0) {
                Log.infof("Deleted %d readiness scans older than %s", deleted, config.keepFor());
            }
            if (config.scheduled() && due(now)) {
                StartResult result = scans.start(ScanRequest.wholeTenant(), STARTED_BY);
                Log.infof("Scheduled readiness scan: %s", result);
            }
        } catch (RuntimeException e) {
            // The next tick tries again; a failing schedule must not take anything else down.
            Log.warnf("Scheduled readiness scan tick failed: %s", e.getMessage());
        }
    }

    /** Whether no scan started within the last period. */
    boolean due(Instant now) {
        List<ScanRecord> latest = store.recent(1);
        Duration every = config.every();
        return latest.isEmpty() || !latest.get(0).startedAt().plus(every).isAfter(now);
    }
}
