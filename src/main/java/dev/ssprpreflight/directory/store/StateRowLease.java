package dev.ssprpreflight.directory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * A lease kept in the single row ({@code id = 1}) of a state table with the columns {@code holder} and
 * {@code lease_expires_at} (epoch millis): taken with one conditional {@code UPDATE} when it is free, expired or
 * already held by the caller, so that the database's row lock makes it atomic between replicas, and a dead holder's
 * lease simply expires. Times are the calling replica's clock.
 */
final class StateRowLease {

    private final DataSource dataSource;
    private final String table;
    private final String name;

    /**
     * @param table the state table, a constant of the store (never user input)
     * @param name what the lease is for, in error messages ("registration-mirror lease")
     */
    StateRowLease(DataSource dataSource, String table, String name) {
        this.dataSource = dataSource;
        this.table = table;
        this.name = name;
    }

    /** Takes or renews the lease for {@code holder} until {@code now + duration}; whether it holds it. */
    boolean tryLease(String holder, Instant now, Duration duration) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE " + table
                        + " SET holder = ?, lease_expires_at = ? "
                        + "WHERE id = 1 AND (holder IS NULL OR holder = ? OR lease_expires_at <= ?)")) {
            connection.setAutoCommit(true);
            update.setString(1, holder);
            update.setLong(2, now.plus(duration).toEpochMilli());
            update.setString(3, holder);
            update.setLong(4, now.toEpochMilli());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the " + name + ": " + e.getMessage(), e);
        }
    }

    /** Gives the lease up at once, if {@code holder} has it. */
    void release(String holder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + table + " SET holder = NULL, lease_expires_at = 0 WHERE id = 1 AND holder = ?")) {
            connection.setAutoCommit(true);
            update.setString(1, holder);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release the " + name + ": " + e.getMessage(), e);
        }
    }
}
