package dev.ssprpreflight.journey.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Buckets in this process's memory. Bounded, because the keys come from the internet: a flood of
 * made-up usernames must not grow the heap. A bucket untouched for its longest refill period is full
 * again, so forgetting it then changes nothing.
 */
final class MemoryBucketStore implements BucketStore {

    private final Cache<String, Bucket> buckets;

    MemoryBucketStore(long maxEntries, Duration forgetAfterIdle) {
        this.buckets = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterAccess(forgetAfterIdle).build();
    }

    @Override
    public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
        return buckets.get(key, k -> newBucket(configuration)).tryConsumeAndReturnRemaining(1);
    }

    /** Whether a bucket named {@code key} is remembered (was used and not forgotten yet). */
    boolean holds(String key) {
        return buckets.getIfPresent(key) != null;
    }

    private static Bucket newBucket(BucketConfiguration configuration) {
        LocalBucketBuilder builder = Bucket.builder();
        for (var bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }
}
