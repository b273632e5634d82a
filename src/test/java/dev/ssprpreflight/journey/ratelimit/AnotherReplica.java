package dev.ssprpreflight.journey.ratelimit;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;

/** A second replica's view of the shared bucket store: its own store object on the same database. */
public final class AnotherReplica {

    private final DatabaseBucketStore store;

    public AnotherReplica(DataSource dataSource) {
        this.store = new DatabaseBucketStore(dataSource);
    }

    /** Whether this replica may let one more check of {@code clientKey} through, under the per-client limit. */
    public boolean admitsClient(String clientKey, long capacity, Duration period) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build();
        return store.tryConsume("client:" + clientKey, configuration).isConsumed();
    }

    public int purgeExpired() {
        return store.purgeExpired();
    }
}
