package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

/**
 * Where the schema's migration stands is in the database check's data, and a failed migration is named as degraded
 * without making the instance not ready: every replica shares the database, so being down would take them all out.
 */
class DatabaseReadinessTest {

    /** Not asked yet: its answer is pending, so only the schema speaks. */
    private final DatabaseReachability reachability = new DatabaseReachability(null, null, Clock.systemUTC());

    @Test
    void aRunningMigrationIsReportedAndNothingIsDegraded() {
        CountDownLatch never = new CountDownLatch(1);
        SchemaMigration migration = new SchemaMigration(() -> awaitQuietly(never), Duration.ofHours(1));
        migration.start();

        HealthCheckResponse response = new DatabaseReadiness(reachability, migration).call();

        assertThat(response.getStatus()).isEqualTo(Status.UP);
        assertThat(data(response)).containsEntry("schema", "migrating").containsEntry("database", "pending")
                .doesNotContainKeys("degraded", "schemaFailure");
    }

    @Test
    void aFailedMigrationIsNamedAsDegradedWithItsCauseAndTheInstanceStaysReady() {
        SchemaMigration migration = new SchemaMigration(() -> {
            throw new IllegalStateException("Connection refused: database-host:5432");
        }, Duration.ofHours(1));
        migration.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> migration.state() == SchemaMigration.State.FAILED);

        HealthCheckResponse response = new DatabaseReadiness(reachability, migration).call();

        assertThat(response.getStatus()).isEqualTo(Status.UP);
        assertThat(data(response)).containsEntry("schema", "failed")
                .containsEntry("schemaFailure", "Connection refused: database-host:5432")
                .containsEntry("degraded", DatabaseReadiness.NOT_MIGRATED);
    }

    private static Map<String, Object> data(HealthCheckResponse response) {
        return response.getData().orElseThrow();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
