package dev.ssprpreflight.operations;

import java.util.List;
import java.util.function.ToDoubleFunction;

import jakarta.inject.Singleton;

import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes what the directory adapter has counted itself: Graph failures by kind (THROTTLED among
 * them), 429s of the reports APIs, directory roles Graph would not describe (their holders cannot be
 * recognised as administrators), users whose two admin signals disagreed, and the registration mirror's
 * age and size, and whether it is older than {@code sspr.health.mirror-max-age} (readiness only reports that, so
 * alerts watch this; it counts a mirror never refreshed since start too, whose age is NaN). Read at scrape time;
 * nothing for the demo directory.
 */
@Singleton
class DirectoryMetrics implements MeterBinder {

    /** The consumers of the reports budget, as the Graph adapter names them. */
    private static final List<String> CONSUMERS = List.of("mirror", "registration-feed", "report-row", "live-look");

    private final DirectoryStatus status;
    private final SharedDirectoryHealth health;

    DirectoryMetrics(DirectoryStatus status, SharedDirectoryHealth health) {
        this.status = status;
        this.health = health;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (status.remote().isEmpty()) {
            return;
        }
        for (FailureKind kind : FailureKind.values()) {
            FunctionCounter.builder("sspr.graph.failures", status, read(remote -> remote.failures(kind)))
                    .description("Failed Microsoft Graph calls by kind").tag("kind", kind.name()).register(registry);
        }
        FunctionCounter.builder("sspr.graph.reports.throttled", status, read(DirectoryStatus.Remote::throttled))
                .description("429 answers of the Graph reports APIs").register(registry);
        FunctionCounter.builder("sspr.graph.roles.unreadable", status, read(DirectoryStatus.Remote::unreadableRoles))
                .description("Directory roles Graph returned without template id or name (missing "
                        + "RoleManagement.Read.Directory): their holders cannot be recognised as administrators")
                .register(registry);
        FunctionCounter.builder("sspr.graph.admin.signal.disagreements", status,
                read(DirectoryStatus.Remote::adminSignalDisagreements))
                .description("Lookups whose registration report isAdmin disagreed with the directory roles read")
                .register(registry);
        for (String consumer : CONSUMERS) {
            FunctionCounter.builder("sspr.graph.reports.slots", status, confirmed(c -> c.granted().getOrDefault(consumer, 0L)))
                    .description("Slots of the reports budget (about 5 requests per 10 s) taken, by consumer")
                    .tag("consumer", consumer).tag("result", "granted").register(registry);
            FunctionCounter.builder("sspr.graph.reports.slots", status, confirmed(c -> c.refused().getOrDefault(consumer, 0L)))
                    .description("Slots of the reports budget taken or refused, by consumer")
                    .tag("consumer", consumer).tag("result", "refused").register(registry);
        }
        FunctionCounter.builder("sspr.graph.reports.ledger.failures", status, confirmed(c -> c.ledgerFailures()))
                .description("Failed statements against the reports budget shared through the database; its slots "
                        + "are refused meanwhile, so checks go without live looks")
                .register(registry);
        Gauge.builder("sspr.graph.registration.feed.fresh", status, confirmed(c -> c.feed().fresh() ? 1 : 0))
                .description("1 while the registration feed decides (its last complete read is recent), else 0")
                .register(registry);
        Gauge.builder("sspr.graph.registration.feed.events", status, confirmed(c -> c.feed().events()))
                .description("Security-info registration events the feed holds").register(registry);
        Gauge.builder("sspr.mirror.users", status, read(DirectoryStatus.Remote::mirrorUsers))
                .description("Rows in the registration-report mirror").register(registry);
        Gauge.builder("sspr.mirror.age.seconds", status,
                read(remote -> remote.mirrorAge().map(age -> (double) age.toSeconds()).orElse(Double.NaN)))
                .description("Seconds since the mirror's last complete refresh; NaN before the first")
                .register(registry);
        Gauge.builder("sspr.mirror.too.old", status, read(remote -> health.mirrorTooOld(remote) ? 1 : 0))
                .description("1 when the mirror is older than sspr.health.mirror-max-age (or still missing that long"
                        + " after start), else 0")
                .register(registry);
    }

    private static ToDoubleFunction<DirectoryStatus> confirmed(ToDoubleFunction<DirectoryStatus.Confirmation> value) {
        return status -> status.confirmation().map(value::applyAsDouble).orElse(Double.NaN);
    }

    private static ToDoubleFunction<DirectoryStatus> read(ToDoubleFunction<DirectoryStatus.Remote> value) {
        return status -> status.remote().map(value::applyAsDouble).orElse(Double.NaN);
    }
}
