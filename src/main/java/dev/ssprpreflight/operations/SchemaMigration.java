package dev.ssprpreflight.operations;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerStart;

/**
 * Migrates the database schema (the Flyway migrations of {@code db/migration}) on a thread of its own once the
 * HTTP port is open, instead of in the start: the first page
 * needs no table, and migrating a new database was the start's largest step (issue 17: Flyway, its Jackson-based
 * configuration and the H2 engine). Flyway is used as a library: the quarkus-flyway extension created its Flyway in
 * the start even when it did not migrate there.
 * <p>
 * Everything that uses a table goes through {@link MigratedDataSource}, which waits for the migration (at most
 * {@link #WAIT}), so nothing reads or writes a table that is not there yet: a check that lands in the first second
 * records its attempt when the migration is done, a moment later. A migration that fails (the database unreachable,
 * a migration refused) is logged at ERROR and tried again every {@link #RETRY}; meanwhile checks go on as they do
 * whenever the database fails (attempts that cannot be recorded are logged at ERROR, users still reach the portal)
 * and readiness names it in its data ({@link DatabaseReadiness}), never as a reason to be down. Before, such a
 * database stopped the start.
 */
@ApplicationScoped
class SchemaMigration {

    /**
     * How long a connection waits for a running migration: as long as Agroal may already wait for a pooled connection
     * ({@code quarkus.datasource.jdbc.acquisition-timeout}, 5 s by default), so the gate adds no new kind of wait.
     */
    static final Duration WAIT = Duration.ofSeconds(5);

    /** Where the migrations are, as Flyway's default. */
    static final String LOCATION = "classpath:db/migration";

    /** Between a failed migration and the next attempt: the database reachability check's interval. */
    static final Duration RETRY = Duration.ofSeconds(10);

    /** Where the migration stands. */
    enum State {
        MIGRATING,
        MIGRATED,
        FAILED
    }

    private final Runnable migrate;
    private final Duration retry;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread migration = new Thread(runnable, "schema-migration");
        migration.setDaemon(true);
        return migration;
    });
    /** The latest attempt: completed when it migrated, exceptionally when it failed. */
    private volatile CompletableFuture<Void> attempt = new CompletableFuture<>();

    @Inject
    SchemaMigration(AgroalDataSource pool) {
        // Configured on the migration's thread, so that Flyway's classes load there too. The pool itself, not the
        // DataSource the stores get, which would wait for this very migration.
        this(() -> Flyway.configure().dataSource(pool).locations(LOCATION).load().migrate(), RETRY);
    }

    SchemaMigration(Runnable migrate, Duration retry) {
        this.migrate = migrate;
        this.retry = retry;
    }

    /**
     * Once the HTTP port is open (Quarkus tells asynchronous observers, once): the start has nothing to wait for then,
     * and no longer shares the machine's cores with the migration.
     */
    void onPortOpen(@ObservesAsync HttpServerStart portOpen) {
        start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        thread.shutdownNow();
    }

    /** Starts the migration. */
    void start() {
        thread.execute(this::migrateOnce);
    }

    private void migrateOnce() {
        CompletableFuture<Void> current = attempt;
        try {
            migrate.run();
            current.complete(null);
            Log.info("Database schema migrated");
            // Nothing more to do: the thread ends.
            thread.shutdown();
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not migrate the database schema; until it is, checks are logged at ERROR instead of "
                    + "recorded in the attempt log; trying again in %s", retry);
            current.completeExceptionally(e);
            thread.schedule(() -> {
                attempt = new CompletableFuture<>();
                migrateOnce();
            }, retry.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Where the migration stands. */
    State state() {
        CompletableFuture<Void> current = attempt;
        if (!current.isDone()) {
            return State.MIGRATING;
        }
        return current.isCompletedExceptionally() ? State.FAILED : State.MIGRATED;
    }

    /** The latest attempt's failure, while the schema is not migrated. */
    Optional<String> failure() {
        CompletableFuture<Void> current = attempt;
        if (!current.isCompletedExceptionally()) {
            return Optional.empty();
        }
        try {
            current.join();
            return Optional.empty();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Optional.of(String.valueOf(cause.getMessage()));
        }
    }

    /**
     * Returns once the schema is migrated; waits at most {@code wait} for a running migration.
     *
     * @throws SQLException when the latest migration failed (at once: waiting would not help until the next attempt)
     *         or is still running after {@code wait}
     */
    void awaitMigrated(Duration wait) throws SQLException {
        CompletableFuture<Void> current = attempt;
        try {
            current.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new SQLException("the database schema could not be migrated: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new SQLException("the database schema is still being migrated after " + wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the database schema was being migrated", e);
        }
    }
}
