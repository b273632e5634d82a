package dev.ssprpreflight.journey.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * Whether the shared bucket store is failing and the limits count in this instance's memory instead, for
 * the readiness data and the console. Every check counted in memory increments
 * {@value #FALLBACKS_METRIC} (no tags: nothing about the client or the username belongs in a metric);
 * the start and the end of an outage are logged once each, not once per request.
 */
@ApplicationScoped
public class StoreFallbacks {

    /** Checks counted in memory because the configured store failed. */
    public static final String FALLBACKS_METRIC = "sspr.rate.limit.store.fallbacks";

    /**
     * An outage of the shared store as this instance sees it.
     *
     * @param since the first failure of this outage
     * @param failure what the store's latest failure was, as its exception type and message
     */
    public record Outage(Instant since, String failure) {
    }

    private final AtomicReference<Outage> outage = new AtomicReference<>();
    private final Counter fallbacks;
    private final Clock clock;

    StoreFallbacks(MeterRegistry registry, Clock clock) {
        this.fallbacks = Counter.builder(FALLBACKS_METRIC)
                .description("Rate-limit checks counted in memory because the configured bucket store failed")
                .register(registry);
        this.clock = clock;
    }

    /** The current outage; empty while the configured store answers (or when it is the memory store). */
    public Optional<Outage> outage() {
        return Optional.ofNullable(outage.get());
    }

    /** One check counted in memory, because the store failed just now or failed recently. */
    void countFallback() {
        fallbacks.increment();
    }

    /** The store failed: starts an outage (logged at WARN) unless one is under way. */
    void failed(RuntimeException failure) {
        String described = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        Outage previous = outage.getAndUpdate(current -> current == null ? new Outage(clock.instant(), described)
                : new Outage(current.since(), described));
        if (previous == null) {
            Log.warn("Rate-limit store failed; limits count in this instance's memory until it answers again "
                    + "(replicas no longer share them meanwhile)", failure);
        }
    }

    /** The store answered: ends the outage, if there was one (logged once). */
    void answered() {
        Outage ended = outage.getAndSet(null);
        if (ended != null) {
            Log.infof("Rate-limit store answers again after failing since %s; limits are shared again", ended.since());
        }
    }
}
