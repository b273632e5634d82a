package dev.ssprpreflight.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * waits for the database. Its data also says where the schema's migration stands ({@link SchemaMigration}, after the
 * start): {@code migrating}, {@code migrated}, or {@code failed} with the cause until an attempt succeeds.
 */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

    static final String UNREACHABLE = "database-unreachable";
    static final String NOT_MIGRATED = "schema-not-migrated";

    private final DatabaseReachability reachability;
    private final SchemaMigration migration;

    DatabaseReadiness(DatabaseReachability reachability, SchemaMigration migration) {
        this.reachability = reachability;
        this.migration = migration;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database").up();
        List<String> degraded = new ArrayList<>();
        SchemaMigration.State schema = migration.state();
        response.withData("schema", schema.name().toLowerCase(Locale.ROOT));
        migration.failure().ifPresent(failure -> response.withData("schemaFailure", failure));
        if (schema == SchemaMigration.State.FAILED) {
            degraded.add(NOT_MIGRATED);
        }
        var latest = reachability.latest();
        if (latest.isEmpty()) {
            response.withData("database", "pending");
        } else {
            DatabaseReachability.Answer answer = latest.get();
            response.withData("database", answer.reachable() ? "reachable" : "unreachable")
                    .withData("databaseCheckedAt", answer.at().toString());
            answer.failure().ifPresent(failure -> response.withData("databaseFailure", failure));
            if (!answer.reachable()) {
                degraded.add(UNREACHABLE);
            }
        }
        if (!degraded.isEmpty()) {
            response.withData("degraded", String.join(",", degraded));
        }
        return response.build();
    }
}
