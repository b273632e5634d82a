package dev.ssprpreflight.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/** Deletes attempts and console access records older than the configured retention. */
@ApplicationScoped
public class RetentionPurge {

    private final AttemptLogConfig config;
    private final Clock clock;

    RetentionPurge(AttemptLogConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${sspr.attempt-log.purge-cron:0 17 * * * ?}", identity = "attempt-log-retention-purge", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** @return how many attempts were deleted */
    public long purge() {
        Instant cutoff = clock.instant().minus(config.retention());
        return QuarkusTransaction.requiringNew().call(() -> {
            // The reasons go with their attempts (ON DELETE CASCADE in the schema); deleting them
            // first keeps the purge independent of the database's cascade support.
            AttemptReasonRows.deleteOlderThan(cutoff);
            long attempts = Attempt.delete("occurredAt < ?1", cutoff);
            long accesses = ConsoleAccess.delete("occurredAt < ?1", cutoff);
            if (attempts > 0 || accesses > 0) {
                Log.infof("Retention purge: %d attempts and %d console access records older than %s deleted",
                        attempts, accesses, cutoff);
            }
            return attempts;
        });
    }
}
