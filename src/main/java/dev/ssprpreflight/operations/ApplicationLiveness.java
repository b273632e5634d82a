package dev.ssprpreflight.operations;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: the instance answers HTTP. Deliberately blind to Graph and the database, which a restart
 * cannot fix; readiness reports them instead (DirectoryReadiness, DatabaseReadiness).
 */
@Liveness
@ApplicationScoped
class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("application");
    }
}
