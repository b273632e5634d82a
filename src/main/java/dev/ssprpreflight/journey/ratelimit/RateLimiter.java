package dev.ssprpreflight.journey.ratelimit;

import java.time.Duration;
import java.util.Optional;

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
 * The limits never fail open: the database store falls back to memory by itself
 * ({@link FallbackBucketStore}), and a store that fails all the same refuses the check. A refused check
 * gets the page that links Microsoft's portal, so a person is still no worse off than without us.
 */
@ApplicationScoped
public class RateLimiter {

    /**
     * A check that a limit refused.
     *
     * @param limit the kind of limit ({@code client}, {@code network}, {@code account}, {@code global}):
     *        never the key, which names a person or an address
     * @param decision when to try again
     */
    public record Refusal(String limit, LimitDecision decision) {
    }

    /** How long a client waits when the store could not count at all. */
    private static final Duration STORE_FAILED_WAIT = Duration.ofMinutes(1);

    private static final String GLOBAL_KEY = "global:all";

    private final BucketStore store;
    private final RateLimitConfig config;
    private final MeterRegistry registry;

    RateLimiter(BucketStore store, RateLimitConfig config, MeterRegistry registry) {
        this.store = store;
        this.config = config;
        this.registry = registry;
    }

    /**
     * Counts one check against every hard limit, narrowest first: the client, its network (when the
     * client is an IP address), the username, and last the global ceiling. It stops at the first limit that
     * refuses, so a client over its own limit spends nothing of the wider ones, and least of all a token of
     * the ceiling that every client shares.
     *
     * @param clientKey the client's bucket key (see {@code ClientAddress#bucketKeyOf})
     * @param networkKey the client's network's bucket key (see {@code ClientAddress#networkKeyOf})
     * @param normalisedUsername the username to check, lower case
     * @return the limit that refused, or empty when the check may go ahead
     */
    public Optional<Refusal> takeForCheck(String clientKey, Optional<String> networkKey, String normalisedUsername) {
        LimitDecision client = take("client:" + clientKey, config.perClient());
        if (!client.allowed()) {
            return Optional.of(new Refusal("client", client));
        }
        if (networkKey.isPresent()) {
            LimitDecision network = take("network:" + networkKey.get(), config.perNetwork());
            if (!network.allowed()) {
                return Optional.of(new Refusal("network", network));
            }
        }
        LimitDecision account = take("account:" + normalisedUsername, config.perAccount());
        if (!account.allowed()) {
            return Optional.of(new Refusal("account", account));
        }
        LimitDecision global = take(GLOBAL_KEY, config.global());
        if (!global.allowed()) {
            return Optional.of(new Refusal("global", global));
        }
        return Optional.empty();
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
            Log.errorf(e, "Rate-limit store failed even in memory; refusing the check (bucket %s)", kind(key));
            countRejection(key);
            return LimitDecision.refused(STORE_FAILED_WAIT.toNanos());
        }
    }

    /** Tagged by the key's kind (client, network, account, global, soft, ...), never by the key itself: it names people. */
    private void countRejection(String key) {
        Counter.builder("sspr.rate.limit.rejections").description("Checks refused by a rate limit")
                .tag("limit", kind(key)).register(registry).increment();
    }

    private static String kind(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? "other" : key.substring(0, colon);
    }

    private LimitDecision take(String key, RateLimitConfig.Limit limit) {
        return take(key, limit.capacity(), limit.period());
    }
}
