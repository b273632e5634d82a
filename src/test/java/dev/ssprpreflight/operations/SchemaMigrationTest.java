package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The schema is migrated after the start, and a connection is handed out only once it is: a store that asks while
 * the migration runs waits for it, one that asks after a failed migration is refused at once with the cause, and a
 * failed migration is tried again until it succeeds.
 */
class SchemaMigrationTest {

    private static final Duration RETRY = Duration.ofMillis(50);

    private final JdbcDataSource pool = new JdbcDataSource();

    SchemaMigrationTest() {
        pool.setURL("jdbc:h2:mem:schema-migration-test");
    }

    @Test
    void aConnectionAskedForDuringTheMigrationIsHandedOutWhenTheMigrationIsDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SchemaMigration migration = new SchemaMigration(() -> awaitQuietly(release), RETRY);
        MigratedDataSource dataSource = new MigratedDataSource(pool, migration);
        migration.start();

        CompletableFuture<Boolean> asked = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(migration.state()).isEqualTo(SchemaMigration.State.MIGRATING);
        assertThat(asked).isNotDone();

        release.countDown();
        assertThat(asked.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(migration.state()).isEqualTo(SchemaMigration.State.MIGRATED);
        assertThat(migration.failure()).isEmpty();
    }

    @Test
    void aMigrationStillRunningAfterTheWaitRefusesTheConnectionSayingSo() {
        SchemaMigration migration = new SchemaMigration(() -> awaitQuietly(new CountDownLatch(1)), RETRY);
        migration.start();

        assertThatThrownBy(() -> migration.awaitMigrated(Duration.ofMillis(100)))
                .isInstanceOf(SQLException.class)
                .hasMessage("the database schema is still being migrated after PT0.1S");
    }

    @Test
    void aFailedMigrationRefusesConnectionsWithItsCauseAndIsTriedAgainUntilItSucceeds() throws Exception {
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        SchemaMigration migration = new SchemaMigration(() -> {
            attempts.incrementAndGet();
            if (databaseDown.get()) {
                throw new IllegalStateException("Connection refused: database-host:5432");
            }
        }, RETRY);
        MigratedDataSource dataSource = new MigratedDataSource(pool, migration);
        migration.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() >= 3);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(migration.failure()).contains("Connection refused: database-host:5432"));
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class)
                .hasMessageContaining("Connection refused: database-host:5432");

        databaseDown.set(false);
        await().atMost(Duration.ofSeconds(5)).until(() -> migration.state() == SchemaMigration.State.MIGRATED);
        int attemptsToSucceed = attempts.get();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(migration.failure()).isEmpty();
        assertThat(attempts).as("no attempt after the one that migrated").hasValue(attemptsToSucceed);
    }

    @Test
    void aConnectionAfterAFailedMigrationIsRefusedAtOnceNamingTheCause() throws Exception {
        SchemaMigration migration = new SchemaMigration(() -> {
            throw new IllegalStateException("Validate failed: migration checksum mismatch for version 7");
        }, Duration.ofHours(1));
        MigratedDataSource dataSource = new MigratedDataSource(pool, migration);
        migration.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> migration.state() == SchemaMigration.State.FAILED);

        long before = System.nanoTime();
        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(SQLException.class)
                .hasMessage("the database schema could not be migrated: "
                        + "Validate failed: migration checksum mismatch for version 7");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(1));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
