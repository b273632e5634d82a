package dev.ssprpreflight.journey.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where token buckets live: in this process, or in a database that several replicas share. */
public interface BucketStore {

    /**
     * Takes one token from the bucket named {@code key}, creating it with {@code configuration} when
     * it does not exist yet.
     */
    ConsumptionProbe tryConsume(String key, BucketConfiguration configuration);

    /** Forgets buckets that have filled up again; returns how many. Stores that expire by themselves do nothing. */
    default int purgeExpired() {
        return 0;
    }
}
