package dev.ssprpreflight.journey.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * The shared store, backed by buckets in memory: the limits never fail open. While the shared store
 * fails, checks count in memory (per instance, so replicas each allow their own share, but never an
 * unlimited one); the shared store is tried again every {@link #RETRY_EVERY}, so that an outage does not
 * cost every request a connection timeout.
 * <p>
 * Buckets that were counted in memory during an outage keep counting there after it, alongside the shared
 * store, until memory forgets them: a client refused in memory stays refused, and a challenge nonce spent
 * in memory stays spent (the shared store never heard of it).
 */
final class FallbackBucketStore implements BucketStore {

    /** How long the shared store is left alone after it failed. */
    static final Duration RETRY_EVERY = Duration.ofSeconds(30);

    private final BucketStore shared;
    private final MemoryBucketStore memory;
    private final StoreFallbacks fallbacks;
    private final Clock clock;
    private final AtomicReference<Instant> sharedSkippedUntil = new AtomicReference<>(Instant.MIN);

    FallbackBucketStore(BucketStore shared, MemoryBucketStore memory, StoreFallbacks fallbacks, Clock clock) {
        this.shared = shared;
        this.memory = memory;
        this.fallbacks = fallbacks;
        this.clock = clock;
    }

    @Override
    public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
        if (clock.instant().isBefore(sharedSkippedUntil.get())) {
            return inMemory(key, configuration);
        }
        ConsumptionProbe probe;
        try {
            probe = shared.tryConsume(key, configuration);
        } catch (RuntimeException e) {
            sharedSkippedUntil.set(clock.instant().plus(RETRY_EVERY));
            fallbacks.failed(e);
            return inMemory(key, configuration);
        }
        fallbacks.answered();
        if (probe.isConsumed() && memory.holds(key)) {
            // Counted in memory during an outage: the stricter of the two counts.
            ConsumptionProbe remembered = memory.tryConsume(key, configuration);
            if (!remembered.isConsumed()) {
                return remembered;
            }
        }
        return probe;
    }

    private ConsumptionProbe inMemory(String key, BucketConfiguration configuration) {
        fallbacks.countFallback();
        return memory.tryConsume(key, configuration);
    }

    @Override
    public int purgeExpired() {
        return shared.purgeExpired();
    }
}
