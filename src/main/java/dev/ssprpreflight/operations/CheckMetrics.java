package dev.ssprpreflight.operations;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.check.CheckObserver;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts checks by outcome and blocking reason, times them, and counts checks that ran out of their
 * budget. Tags are enum names only: never usernames, which would leak and explode cardinality.
 */
@ApplicationScoped
public class CheckMetrics implements CheckObserver {

    private final MeterRegistry registry;
    private final Counter budgetExceeded;

    CheckMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.budgetExceeded = Counter.builder("sspr.check.budget.exceeded")
                .description("Checks cut off by sspr.check.timeout").register(registry);
    }

    @Override
    public void checked(Verdict verdict) {
        String outcome = verdict.outcome().name();
        Counter.builder("sspr.checks").description("Preflight checks by outcome").tag("outcome", outcome)
                .register(registry).increment();
        Timer.builder("sspr.check.duration").description("Time one preflight check took").tag("outcome", outcome)
                .register(registry).record(verdict.duration());
        for (Reason reason : verdict.reasons()) {
            Counter.builder("sspr.check.reasons").description("Reasons found by checks, blocks and findings")
                    .tag("reason", reason.name()).tag("tier", reason.tier().name()).register(registry).increment();
        }
    }

    @Override
    public void budgetExceeded() {
        budgetExceeded.increment();
    }
}
