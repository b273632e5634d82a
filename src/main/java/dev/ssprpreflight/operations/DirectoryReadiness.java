package dev.ssprpreflight.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.ssprpreflight.directory.DirectoryHealth;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;

/**
 * Readiness of the directory: Graph's answer to a cheap probe of our own (cached, see
 * {@link SharedDirectoryHealth}, the same answers the console's health page shows) and the registration
 * mirror's age. The database has its own check ({@link DatabaseReadiness}). Liveness never looks at Graph:
 * restarting an instance does not bring Graph back.
 * <p>
 * An unreachable Graph makes the instance not ready only while it is a configuration error of this
 * instance that it never got past: the probe was refused (401, 403) and no probe since start succeeded.
 * That stops a rollout with a wrong secret or a missing permission before its pods take traffic. Any
 * other Graph failure (network, timeout, 5xx, 429, or a credential that stops working later) and a mirror
 * older than {@code sspr.health.mirror-max-age} are the same for every replica: not ready would take them all
 * out of the load balancer at once, and users would get an error instead of being sent to the portal, which
 * checks that cannot run must never cause. Those are reported in the data only, named in {@code degraded}
 * ({@value #GRAPH_UNREACHABLE}, {@value #MIRROR_TOO_OLD}, comma-separated: health data holds no lists).
 * docs/operations.md explains the choice.
 */
@Readiness
@ApplicationScoped
class DirectoryReadiness implements HealthCheck {

    /** Probe failures that are this instance's configuration, not Graph's condition. */
    static final Set<FailureKind> CONFIGURATION_FAILURES = Set.of(FailureKind.UNAUTHENTICATED, FailureKind.FORBIDDEN);

    /** A degradation of the data: the latest probe failed. */
    static final String GRAPH_UNREACHABLE = "graph-unreachable";

    /** A degradation of the data: the mirror is older than {@code sspr.health.mirror-max-age}. */
    static final String MIRROR_TOO_OLD = "mirror-too-old";

    private final DirectoryStatus status;
    private final SharedDirectoryHealth health;
    private final HealthConfig config;

    DirectoryReadiness(DirectoryStatus status, SharedDirectoryHealth health, HealthConfig config) {
        this.status = status;
        this.health = health;
        this.config = config;
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
        List<String> degraded = new ArrayList<>();
        Optional<DirectoryHealth.ProbeAnswer> answer = health.latestProbe();
        if (answer.isEmpty()) {
            response.withData("graphProbe", "pending");
        } else {
            DirectoryStatus.Probe last = answer.get().probe();
            response.withData("graphReachable", last.reachable())
                    .withData("graphProbe", last.reachable() ? "answered" : "failed")
                    .withData("graphProbeLatencyMs", last.latency().toMillis())
                    .withData("graphProbeAt", answer.get().at().toString());
            last.failureKind().ifPresent(kind -> response.withData("graphProbeFailure", kind.name()));
            last.failure().ifPresent(failure -> response.withData("graphProbeDetail", failure));
            if (!last.reachable()) {
                degraded.add(GRAPH_UNREACHABLE);
            }
            if (refusedFromTheStart(last) && config.graphAffectsReadiness()) {
                response.down();
            }
        }
        seen.lastFailure().ifPresent(failure -> response.withData("lastFailure", failure));
        response.withData("mirrorUsers", seen.mirrorUsers());
        seen.mirrorAge().ifPresent(age -> response.withData("mirrorAgeSeconds", age.toSeconds()));
        if (health.mirrorTooOld(seen)) {
            response.withData("mirror", "older than " + config.mirrorMaxAge());
            degraded.add(MIRROR_TOO_OLD);
        }
        if (!degraded.isEmpty()) {
            response.withData("degraded", String.join(",", degraded));
        }
        return response.build();
    }

    /** Refused for a reason of configuration, and never answered since start. */
    private boolean refusedFromTheStart(DirectoryStatus.Probe last) {
        return !last.reachable() && last.failureKind().filter(CONFIGURATION_FAILURES::contains).isPresent()
                && !health.answeredSinceStart();
    }
}
