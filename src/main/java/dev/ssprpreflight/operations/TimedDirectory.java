package dev.ssprpreflight.operations;

import java.time.Instant;

import dev.ssprpreflight.check.Directory;
import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.check.MethodsAnswer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every directory call by adapter, call and answer. It wraps the port rather than the Graph
 * SDK, so it sees what a check waits for (batch, retries and all), not single HTTP requests; Graph's
 * own failures by kind come from {@link DirectoryMetrics}.
 */
public final class TimedDirectory implements Directory {

    private final Directory delegate;
    private final MeterRegistry registry;
    private final String adapter;

    public TimedDirectory(Directory delegate, MeterRegistry registry, String adapter) {
        this.delegate = delegate;
        this.registry = registry;
        this.adapter = adapter;
    }

    @Override
    public DirectoryAnswer lookup(String userPrincipalName, Instant deadline) {
        long start = System.nanoTime();
        DirectoryAnswer answer = delegate.lookup(userPrincipalName, deadline);
        String result = answer instanceof DirectoryAnswer.Found ? "found"
                : answer instanceof DirectoryAnswer.NotFound ? "not-found" : "unavailable";
        record("lookup", result, start);
        return answer;
    }

    @Override
    public MethodsAnswer liveMethods(String userObjectId, Instant deadline) {
        long start = System.nanoTime();
        MethodsAnswer answer = delegate.liveMethods(userObjectId, deadline);
        record("live-methods", answer.methods().isPresent() ? "found" : "declined", start);
        return answer;
    }

    private void record(String call, String result, long startNanos) {
        Timer.builder("sspr.directory.requests").description("Directory calls made by checks")
                .tag("adapter", adapter).tag("call", call).tag("result", result).register(registry)
                .record(System.nanoTime() - startNanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
