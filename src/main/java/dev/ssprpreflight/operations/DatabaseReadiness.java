package dev.ssprpreflight.operations;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The database in the readiness data, never as a reason to be not ready: an unreachable database is the same for
 * every replica, so failing readiness would take them all out of the load balancer at once, and users would get an
 * error instead of being sent to the portal. Checks go on without it (attempts that cannot be recorded are logged at
 * ERROR). It replaces Agroal's own check, which failed readiness ({@code quarkus.datasource.health.enabled=false});
 * docs/operations.md explains the choice. The answer is {@link DatabaseReachability}'s latest, so a probe never
 * waits for the database.
 */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    static final String UNREACHABLE = "database-unreachable";

    private final DatabaseReachability reachability;

    DatabaseReadiness(DatabaseReachability reachability) {
        this.reachability = reachability;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database").up();
        var latest = reachability.latest();
        if (latest.isEmpty()) {
            return response.withData("database", "pending").build();
        }
        DatabaseReachability.Answer answer = latest.get();
        response.withData("database", answer.reachable() ? "reachable" : "unreachable")
                .withData("databaseCheckedAt", answer.at().toString());
        answer.failure().ifPresent(failure -> response.withData("databaseFailure", failure));
        if (!answer.reachable()) {
            response.withData("degraded", UNREACHABLE);
        }
        return response.build();
    }
}
