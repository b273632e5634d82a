package dev.ssprpreflight.journey.ratelimit;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Buckets in the attempt log's PostgreSQL database, so that every replica counts against the same
 * limits. The table is created by the Flyway migration {@code V100__Rate_limit_buckets.sql}.
 * <p>
 * {@code SELECT … FOR UPDATE} rather than advisory locks: it needs no lock-id hashing of our string
 * keys, and row locks are released with the transaction even when a replica dies mid-request.
 */
final class DatabaseBucketStore implements BucketStore {

    static final String TABLE = "rate_limit_bucket";

    /** Rows purged per statement, so that a purge never holds many row locks at once. */
    private static final int PURGE_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    DatabaseBucketStore(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // A row may go once its bucket is full again: it would be recreated full anyway.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
        return buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
    }

    @Override
    public int purgeExpired() {
        int total = 0;
        int removed;
        do {
            removed = buckets.removeExpired(PURGE_BATCH);
            total += removed;
        } while (removed == PURGE_BATCH);
        return total;
    }
}
