package dev.ssprpreflight.journey.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/**
 * Chooses the bucket store named by {@code sspr.rate-limit.store}, at startup, so that a database
 * store on a database that cannot hold it stops the application before the first user arrives. The
 * database store is backed by one in memory ({@link FallbackBucketStore}): when the database fails, the
 * limits go on counting here rather than letting checks through.
 */
class BucketStoreProducer {

    /** Challenges and soft limits live shorter than this; the configured limits may live longer. */
    private static final Duration SHORTEST_MEMORY = Duration.ofHours(1);

    @Produces
    @Singleton
    @Startup
    BucketStore bucketStore(RateLimitConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            Instance<DataSource> dataSource, StoreFallbacks fallbacks, Clock clock) {
        if (config.store() == RateLimitConfig.Store.DATABASE) {
            if (!"postgresql".equals(dbKind)) {
                throw new IllegalStateException("sspr.rate-limit.store=database needs the attempt log on PostgreSQL "
                        + "(quarkus.datasource.db-kind=postgresql, now " + dbKind + "): set "
                        + "sspr.rate-limit.store=memory for a single instance");
            }
            Log.info("Rate limits: buckets in the PostgreSQL database, shared by all replicas");
            return new FallbackBucketStore(new DatabaseBucketStore(dataSource.get()), memory(config), fallbacks, clock);
        }
        Log.info("Rate limits: buckets in memory (one instance)");
        return memory(config);
    }

    private static MemoryBucketStore memory(RateLimitConfig config) {
        Duration forgetAfter = Stream.of(config.perClient().period(), config.perNetwork().period(),
                config.perAccount().period(), config.global().period(), SHORTEST_MEMORY)
                .max(Duration::compareTo).orElseThrow();
        return new MemoryBucketStore(config.memoryMaxEntries(), forgetAfter);
    }
}
