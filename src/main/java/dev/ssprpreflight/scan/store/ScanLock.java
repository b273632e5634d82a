package dev.ssprpreflight.scan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * The single row of {@code readiness_scan_lock}: the lease that lets one scan run at a time across
 * replicas. Every change is one conditional {@code UPDATE} of that row, whose condition reads nothing but
 * the row itself: a concurrent replica's {@code UPDATE} waits for the row lock and then re-checks the
 * condition against the committed row (PostgreSQL and H2 both do), so two replicas can never both take
 * a free lease. Each statement runs in the caller's transaction and holds the row lock until it ends, so
 * the scan row written next cannot change hands in between.
 */
final class ScanLock {

    private ScanLock() {
    }

    /** Takes the lease if it is free or has expired by {@code now}; it holds no scan until {@link #bind}. */
    static boolean take(Connection connection, String holder, Instant now, Duration lease) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE readiness_scan_lock "
                + "SET scan_id = NULL, holder = ?, lease_expires_at = ? "
                + "WHERE id = 1 AND (scan_id IS NULL OR lease_expires_at <= ?)")) {
            update.setString(1, holder);
            update.setLong(2, now.plus(lease).toEpochMilli());
            update.setLong(3, now.toEpochMilli());
            return update.executeUpdate() == 1;
        }
    }

    /** Records which scan the lease just taken is for. */
    static void bind(Connection connection, long scanId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE readiness_scan_lock SET scan_id = ? WHERE id = 1")) {
            update.setLong(1, scanId);
            update.executeUpdate();
        }
    }

    /** Extends the lease, if {@code holder} holds it for this scan and it has not expired by {@code now}. */
    static boolean renew(Connection connection, long scanId, String holder, Instant now, Duration lease)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE readiness_scan_lock "
                + "SET lease_expires_at = ? WHERE id = 1 AND scan_id = ? AND holder = ? AND lease_expires_at > ?")) {
            update.setLong(1, now.plus(lease).toEpochMilli());
            update.setLong(2, scanId);
            update.setString(3, holder);
            update.setLong(4, now.toEpochMilli());
            return update.executeUpdate() == 1;
        }
    }

    /** Frees the lease, if {@code holder} holds it for this scan and it has not expired by {@code now}. */
    static boolean releaseHeld(Connection connection, long scanId, String holder, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE readiness_scan_lock "
                + "SET scan_id = NULL, holder = NULL, lease_expires_at = 0 "
                + "WHERE id = 1 AND scan_id = ? AND holder = ? AND lease_expires_at > ?")) {
            update.setLong(1, scanId);
            update.setString(2, holder);
            update.setLong(3, now.toEpochMilli());
            return update.executeUpdate() == 1;
        }
    }

    /** Frees the lease if it is this scan's, whoever holds it: the scan has failed. */
    static void release(Connection connection, long scanId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE readiness_scan_lock "
                + "SET scan_id = NULL, holder = NULL, lease_expires_at = 0 WHERE id = 1 AND scan_id = ?")) {
            update.setLong(1, scanId);
            update.executeUpdate();
        }
    }
}
