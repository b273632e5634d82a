package dev.ssprpreflight.journey.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/** Keeps the database store from growing with every address and username ever seen. */
@ApplicationScoped
class ExpiredBucketPurge {

    private final BucketStore store;

    ExpiredBucketPurge(BucketStore store) {
        this.store = store;
    }

    @Scheduled(every = "${sspr.rate-limit.purge-every:PT10M}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            int removed = store.purgeExpired();
            if (removed > 0) {
                Log.debugf("Purged %d expired rate-limit buckets", removed);
            }
        } catch (RuntimeException e) {
            Log.warn("Could not purge expired rate-limit buckets; retrying at the next run", e);
        }
    }
}
