package dev.ssprpreflight.journey.ratelimit;

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
 * store on a database that cannot hold it stops the application before the first user arrives.
 */
class BucketStoreProducer {

    /** Challenges and soft limits live shorter than this; the configured limits may live longer. */
    private static final Duration SHORTEST_MEMORY = Duration.ofHours(1);

    @Produces
    @Singleton
    @Startup
    BucketStore bucketStore(RateLimitConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            Instance<DataSource> dataSource) {
        if (config.store() == RateLimitConfig.Store.DATABASE) {
            if (!"postgresql".equals(dbKind)) {
                throw new IllegalStateException("sspr.rate-limit.store=database needs the attempt log on PostgreSQL "
                        + "(quarkus.datasource.db-kind=postgresql, now " + dbKind + "): set "
                        + "sspr.rate-limit.store=memory for a single instance");
            }
            Log.info("Rate limits: buckets in the PostgreSQL database, shared by all replicas");
            return new DatabaseBucketStore(dataSource.get());
        }
        Duration forgetAfter = Stream.of(config.perClient().period(), config.perAccount().period(), SHORTEST_MEMORY)
                .max(Duration::compareTo).orElseThrow();
        Log.info("Rate limits: buckets in memory (one instance)");
        return new MemoryBucketStore(config.memoryMaxEntries(), forgetAfter);
    }
}
