package dev.ssprpreflight.journey.ratelimit;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Where the rate limits count, in the readiness data, never as a reason to be not ready. While the shared
 * bucket store (the database) fails, the limits count in each instance's memory: still limits, but each
 * replica allows its own share, so the data names it in {@code degraded} ({@value #STORE_FALLBACK}) for
 * an operator to see. Failing readiness would take every replica out of the load balancer at once for a
 * cause they all share, as with the database's own readiness check. It lives beside the limiter, which the operations package
 * may not
 * see.
 */
@Readiness
@ApplicationScoped
class RateLimitReadiness implements HealthCheck {

    /** A degradation of the data: the limits count in memory because the shared store fails. */
    static final String STORE_FALLBACK = "rate-limit-store-fallback";

    private final RateLimitConfig config;
    private final StoreFallbacks fallbacks;

    RateLimitReadiness(RateLimitConfig config, StoreFallbacks fallbacks) {
        this.config = config;
        this.fallbacks = fallbacks;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rate-limits").up()
                .withData("enabled", config.enabled())
                .withData("store", config.store().name().toLowerCase(Locale.ROOT));
        fallbacks.outage().ifPresentOrElse(outage -> response.withData("counting", "memory")
                .withData("storeFailingSince", outage.since().toString())
                .withData("storeFailure", outage.failure())
                .withData("degraded", STORE_FALLBACK),
                () -> response.withData("counting", config.store() == RateLimitConfig.Store.DATABASE ? "database" : "memory"));
        return response.build();
    }
}
