package dev.ssprpreflight.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.ssprpreflight.directory.DirectoryStatus;

/**
 * Readiness of the directory: Graph's answer to a cheap probe of our own (cached, see
 * {@link CachedProbe}) and the registration mirror's age. The database has its own readiness check
 * (Agroal's, added by Quarkus). Liveness never looks at Graph: restarting an instance does not bring
 * Graph back.
 * <p>
 * An unreachable Graph makes the instance not ready only while it is a configuration error of this
 * instance that it never got past: the probe was refused (401, 403) and no probe since start succeeded.
 * That stops a rollout with a wrong secret or a missing permission before its pods take traffic. Any
 * other Graph failure (network, timeout, 5xx, 429, or a credential that stops working later) is the same
 * for every replica: not ready would take them all out of the load balancer at once, and users would get
 * an error instead of being sent to the portal, which checks that cannot run must never cause. Those are
 * reported in the data only. docs/operations.md explains the choice.
 */
@Readiness
@ApplicationScoped
class DirectoryReadiness implements HealthCheck {

    /** Probe failures that are this instance's configuration, not Graph's condition. */
    static final List<String> CONFIGURATION_FAILURES = List.of("UNAUTHENTICATED", "FORBIDDEN");

    private final DirectoryStatus status;
    private final HealthConfig config;
    private final Clock clock;
    private final Instant started;
    private final ExecutorService prober;
    private final CachedProbe probe;

    DirectoryReadiness(DirectoryStatus status, HealthConfig config, Clock clock) {
        this.status = status;
        this.config = config;
        this.clock = clock;
        this.started = clock.instant();
        this.prober = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "directory-probe");
            thread.setDaemon(true);
            return thread;
        });
        this.probe = new CachedProbe(status, clock, config.graphProbeInterval(), config.graphProbeTimeout(),
                config.graphProbeWait(), prober);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("directory").up()
                .withData("adapter", status.adapter());
        var remote = status.remote();
        if (remote.isEmpty()) {
            return response.build();
        }
        DirectoryStatus.Remote seen = remote.get();
        Optional<CachedProbe.Answer> answer = probe.latest();
        if (answer.isEmpty()) {
            response.withData("graphProbe", "pending");
        } else {
            DirectoryStatus.Probe last = answer.get().probe();
            response.withData("graphReachable", last.reachable())
                    .withData("graphProbe", last.reachable() ? "answered" : "failed")
                    .withData("graphProbeLatencyMs", last.latency().toMillis())
                    .withData("graphProbeAt", answer.get().at().toString());
            last.failureKind().ifPresent(kind -> response.withData("graphProbeFailure", kind));
            last.failure().ifPresent(failure -> response.withData("graphProbeDetail", failure));
            if (refusedFromTheStart(last) && config.graphAffectsReadiness()) {
                response.down();
            }
        }
        seen.lastFailure().ifPresent(failure -> response.withData("lastFailure", failure));
        response.withData("mirrorUsers", seen.mirrorUsers());
        seen.mirrorAge().ifPresent(age -> response.withData("mirrorAgeSeconds", age.toSeconds()));
        if (mirrorTooOld(seen)) {
            response.withData("mirror", "older than " + config.mirrorMaxAge()).down();
        }
        return response.build();
    }

    /** Refused for a reason of configuration, and never answered since start. */
    private boolean refusedFromTheStart(DirectoryStatus.Probe last) {
        return !last.reachable() && last.failureKind().filter(CONFIGURATION_FAILURES::contains).isPresent()
                && !probe.answeredSinceStart();
    }

    private boolean mirrorTooOld(DirectoryStatus.Remote seen) {
        Duration maxAge = config.mirrorMaxAge();
        return seen.mirrorAge()
                .map(age -> age.compareTo(maxAge) > 0)
                // Never refreshed: give the first refresh the same time after start.
                .orElseGet(() -> Duration.between(started, clock.instant()).compareTo(maxAge) > 0);
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }
}
