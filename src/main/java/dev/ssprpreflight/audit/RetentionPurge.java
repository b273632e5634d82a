package dev.ssprpreflight.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.jdbc.Transactions;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/** Deletes attempts and console access records older than the configured retention. */
@ApplicationScoped
public class RetentionPurge {

    private final AttemptLogConfig config;
    private final Clock clock;
    private final DataSource dataSource;

    RetentionPurge(AttemptLogConfig config, Clock clock, DataSource dataSource) {
        this.config = config;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    @Scheduled(cron = "${sspr.attempt-log.purge-cron:0 17 * * * ?}", identity = "attempt-log-retention-purge", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** @return how many attempts were deleted */
    public long purge() {
        Instant cutoff = clock.instant().minus(config.retention());
        Purged purged = Transactions.inTransaction(dataSource, "purge the attempt log", connection -> {
            // The codes go with their attempts (ON DELETE CASCADE in the schema); deleting them first keeps the
            // purge independent of the database's cascade support.
            delete(connection, "DELETE FROM attempt_reason WHERE attempt_id IN "
                    + "(SELECT id FROM attempt WHERE occurred_at < ?)", cutoff);
            return new Purged(delete(connection, "DELETE FROM attempt WHERE occurred_at < ?", cutoff),
                    delete(connection, "DELETE FROM console_access WHERE occurred_at < ?", cutoff));
        });
        if (purged.attempts() > 0 || purged.accesses() > 0) {
            Log.infof("Retention purge: %d attempts and %d console access records older than %s deleted",
                    purged.attempts(), purged.accesses(), cutoff);
        }
        return purged.attempts();
    }

    private record Purged(long attempts, long accesses) {
    }

    private static long delete(Connection connection, String sql, Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            AttemptRows.bind(delete, List.of(cutoff));
            return delete.executeUpdate();
        }
    }
}
