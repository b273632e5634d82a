package dev.ssprpreflight.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.ssprpreflight.directory.DirectoryStatus;

/**
 * Readiness of the directory: Graph reachable and its registration mirror fresh. The database has
 * its own readiness check (Agroal's, added by Quarkus). Liveness never looks at Graph: restarting
 * an instance does not bring Graph back.
 */
@Readiness
@ApplicationScoped
class DirectoryReadiness implements HealthCheck {

    private final DirectoryStatus status;
    private final HealthConfig config;
    private final Clock clock;
    private final Instant started;
    private final GraphReachability reachability;

    DirectoryReadiness(DirectoryStatus status, HealthConfig config, Clock clock) {
        this.status = status;
        this.config = config;
        this.clock = clock;
        this.started = clock.instant();
        this.reachability = new GraphReachability(clock, config.graphProbeInterval());
    }

    @Override
    public synchronized HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("directory").up()
                .withData("adapter", status.adapter());
        var remote = status.remote();
        if (remote.isEmpty()) {
            return response.build();
        }
        DirectoryStatus.Remote seen = remote.get();
        boolean reachable = reachability.reachable(seen);
        response.withData("graphReachable", reachable);
        seen.lastFailure().ifPresent(failure -> response.withData("lastFailure", failure));
        response.withData("mirrorUsers", seen.mirrorUsers());
        seen.mirrorAge().ifPresent(age -> response.withData("mirrorAgeSeconds", age.toSeconds()));
        if (!reachable && config.graphAffectsReadiness()) {
            response.down();
        }
        if (mirrorTooOld(seen)) {
            response.withData("mirror", "older than " + config.mirrorMaxAge()).down();
        }
        return response.build();
    }

    private boolean mirrorTooOld(DirectoryStatus.Remote seen) {
        Duration maxAge = config.mirrorMaxAge();
        return seen.mirrorAge()
                .map(age -> age.compareTo(maxAge) > 0)
                // Never refreshed: give the first refresh the same time after start.
                .orElseGet(() -> Duration.between(started, clock.instant()).compareTo(maxAge) > 0);
    }
}
