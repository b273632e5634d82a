package dev.ssprpreflight.operations;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes {@link DatabaseReachability}'s latest answer as a gauge: readiness no longer fails for an unreachable
 * database (a cause every replica shares), so this is what an alert watches. Read at scrape time; it never asks the
 * database itself.
 */
@Singleton
class DatabaseMetrics implements MeterBinder {

    private final DatabaseReachability reachability;

    DatabaseMetrics(DatabaseReachability reachability) {
        this.reachability = reachability;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("sspr.database.reachable", reachability,
                database -> database.latest().map(answer -> answer.reachable() ? 1.0 : 0.0).orElse(Double.NaN))
                .description("1 when the database answered the latest check, 0 when not; NaN before the first")
                .register(registry);
    }
}
