package dev.ssprpreflight.journey.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Rate limiters built without a container, for tests of the features that use them. */
public final class TestLimiters {

    private TestLimiters() {
    }

    /** A limiter over a database store that is down: everything counts in the memory it falls back to. */
    public static RateLimiter overADatabaseThatIsDown() {
        MeterRegistry registry = new SimpleMeterRegistry();
        BucketStore store = new FallbackBucketStore(new FailingStore(), new MemoryBucketStore(1000, Duration.ofHours(1)),
                new StoreFallbacks(registry, Clock.systemUTC()), Clock.systemUTC());
        return new RateLimiter(store, config(Map.of()), registry);
    }

    /** The rate-limit settings: the defaults, changed by {@code settings} (keys without the prefix). */
    static RateLimitConfig config(Map<String, String> settings) {
        Map<String, String> prefixed = new HashMap<>();
        settings.forEach((key, value) -> prefixed.put("sspr.rate-limit." + key, value));
        return new SmallRyeConfigBuilder().withMapping(RateLimitConfig.class)
                .withSources(new PropertiesConfigSource(prefixed, "test", 500)).build()
                .getConfigMapping(RateLimitConfig.class);
    }
}
