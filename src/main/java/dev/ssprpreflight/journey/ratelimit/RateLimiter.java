package dev.ssprpreflight.journey.ratelimit;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * Token buckets by name, over whichever {@link BucketStore} is configured. Each kind of limit has
 * its own key prefix, so that a username can never collide with an address.
 * <p>
 * A store that fails (the database is down) lets the check through: the journey must never leave a
 * user worse off than going to the portal directly, and the portal has its own throttle.
 */
@ApplicationScoped
public class RateLimiter {

    private final BucketStore store;
    private final RateLimitConfig config;
    private final MeterRegistry registry;

    RateLimiter(BucketStore store, RateLimitConfig config, MeterRegistry registry) {
        this.store = store;
        this.config = config;
        this.registry = registry;
    }

    /** Counts one check from a client (see {@code ClientAddress#bucketKey}). */
    public LimitDecision takeForClient(String clientKey) {
        return take("client:" + clientKey, config.perClient());
    }

    /** Counts one check of a username (normalised, lower case). */
    public LimitDecision takeForAccount(String normalisedUsername) {
        return take("account:" + normalisedUsername, config.perAccount());
    }

    /**
     * Counts one use of a named bucket of {@code capacity} tokens that refill over {@code period}; for
     * limits that other features own (the challenge's soft limit, single-use tokens).
     */
    public LimitDecision take(String key, long capacity, Duration period) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
        try {
            ConsumptionProbe probe = store.tryConsume(key, configuration);
            if (probe.isConsumed()) {
                return LimitDecision.ALLOWED;
            }
            countRejection(key);
            return LimitDecision.refused(probe.getNanosToWaitForRefill());
        } catch (RuntimeException e) {
            Log.errorf(e, "Rate-limit store failed; letting the check through (bucket %s)", key.substring(0, key.indexOf(':')));
            return LimitDecision.ALLOWED;
        }
    }

    /** Tagged by the key's kind (client, account, soft, ...), never by the key itself: it names people. */
    private void countRejection(String key) {
        Counter.builder("sspr.rate.limit.rejections").description("Checks refused by a rate limit")
                .tag("limit", key.substring(0, key.indexOf(':'))).register(registry).increment();
    }

    private LimitDecision take(String key, RateLimitConfig.Limit limit) {
        return take(key, limit.capacity(), limit.period());
    }
}
