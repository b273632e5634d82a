package dev.ssprpreflight.wiring;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.Directory;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.directory.DirectoryConfig;
import dev.ssprpreflight.directory.TenantConfig;
import dev.ssprpreflight.operations.CheckMetrics;
import dev.ssprpreflight.operations.MdcPropagatingExecutor;
import dev.ssprpreflight.operations.TimedDirectory;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Turns the plain-Java check core into beans. The core itself stays free of Quarkus so that it is
 * tested without a container.
 */
class PreflightWiring {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    CheckSettings checkSettings(TenantConfig tenant, LicensingConfig licensing) {
        return new CheckSettings(tenant.syncStaleAfter(), tenant.syncLateAfter(),
                licensing.cloudQualifyingSkus().orElse(Set.of()));
    }

    /**
     * Runs directory calls off the request thread so that the check's budget holds even when a call
     * hangs. Unbounded on purpose: every task is cut off by the budget, and a bounded pool would turn
     * a slow directory into rejected checks.
     */
    @Produces
    @Singleton
    @Named("preflight-executor")
    ExecutorService preflightExecutor() {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory daemons = task -> {
            Thread thread = new Thread(task, "preflight-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        // Carries the request's correlation id into the directory's log lines.
        return new MdcPropagatingExecutor(Executors.newCachedThreadPool(daemons));
    }

    void closeExecutor(@Disposes @Named("preflight-executor") ExecutorService executor) {
        executor.shutdownNow();
    }

    @Produces
    @Singleton
    PreflightService preflightService(Directory directory, CheckSettings settings, CheckConfig config, Clock clock,
            @Named("preflight-executor") ExecutorService executor, CheckMetrics metrics, MeterRegistry registry,
            DirectoryConfig directoryConfig) {
        Directory timed = new TimedDirectory(directory, registry, directoryConfig.adapter().id());
        return new PreflightService(timed, CheckCatalogue.standard(), settings, clock, config.timeout(), executor,
                metrics);
    }
}
