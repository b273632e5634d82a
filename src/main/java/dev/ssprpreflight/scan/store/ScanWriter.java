package dev.ssprpreflight.scan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.scan.ScanStore.NewScan;
import dev.ssprpreflight.scan.ScanStore.Tally;

/**
 * Writes the rows of {@code readiness_scan} and {@code readiness_scan_reason_count}, in the caller's
 * transaction. Every change to a scan's row requires it to be running: a scan that was marked failed
 * (its lease expired, or its replica gave up) is never written to again, so never shown as complete.
 */
final class ScanWriter {

    private ScanWriter() {
    }

    /** @return the new running scan's id */
    static long insert(Connection connection, NewScan scan, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO readiness_scan "
                + "(group_id, group_name, status, started_by, started_at, users_total, users_listed, guests_skipped, "
                + "users_blocked, users_findings_only) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0)", new String[] { "id" })) {
            insert.setString(1, scan.scope().groupId().orElse(null));
            insert.setString(2, scan.scope().groupName().map(name -> ColumnText.fit(name, ColumnText.GROUP_NAME))
                    .orElse(null));
            insert.setString(3, ScanStatus.RUNNING.name());
            insert.setString(4, ColumnText.fit(scan.startedBy(), ColumnText.STARTED_BY));
            insert.setLong(5, now.toEpochMilli());
            if (scan.usersTotal().isPresent()) {
                insert.setLong(6, scan.usersTotal().getAsLong());
            } else {
                insert.setNull(6, Types.BIGINT);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("The database returned no id for the new scan");
                }
                return keys.getLong(1);
            }
        }
    }

    /** @return whether the scan was running, and now has these totals */
    static boolean updateTotals(Connection connection, long scanId, Tally totals) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE readiness_scan "
                + "SET users_listed = ?, guests_skipped = ?, users_blocked = ?, users_findings_only = ? "
                + "WHERE id = ? AND status = ?")) {
            bindTotals(update, totals);
            update.setLong(5, scanId);
            update.setString(6, ScanStatus.RUNNING.name());
            return update.executeUpdate() == 1;
        }
    }

    /** @return whether the scan was running, and is now complete with these totals and counts (blocks and findings) */
    static boolean complete(Connection connection, long scanId, Instant now, Tally totals,
            Map<Reason, Long> reasonCounts) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE readiness_scan "
                + "SET users_listed = ?, guests_skipped = ?, users_blocked = ?, users_findings_only = ?, status = ?, "
                + "finished_at = ? WHERE id = ? AND status = ?")) {
            bindTotals(update, totals);
            update.setString(5, ScanStatus.COMPLETE.name());
            update.setLong(6, now.toEpochMilli());
            update.setLong(7, scanId);
            update.setString(8, ScanStatus.RUNNING.name());
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO readiness_scan_reason_count (scan_id, reason, users) VALUES (?, ?, ?)")) {
            for (Map.Entry<Reason, Long> count : reasonCounts.entrySet()) {
                insert.setLong(1, scanId);
                insert.setString(2, count.getKey().name());
                insert.setLong(3, count.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return true;
    }

    /** Marks the scan failed, if it is running. */
    static void fail(Connection connection, long scanId, Instant now, String why) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE readiness_scan "
                + "SET status = ?, finished_at = ?, failure = ? WHERE id = ? AND status = ?")) {
            bindFailure(update, now, why);
            update.setLong(4, scanId);
            update.setString(5, ScanStatus.RUNNING.name());
            update.executeUpdate();
        }
    }

    /**
     * Marks failed every running scan that does not hold an unexpired lease at {@code now}: its replica
     * stopped renewing it. The lock row is only read here; a replica whose page renews the lease at the same
     * moment finds its scan failed and its page refused, which errs on the side of never completing.
     *
     * @return how many were marked
     */
    static int failAbandoned(Connection connection, Instant now, String why) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE readiness_scan "
                + "SET status = ?, finished_at = ?, failure = ? WHERE status = ? AND NOT EXISTS ("
                + "SELECT 1 FROM readiness_scan_lock l WHERE l.scan_id = readiness_scan.id AND l.lease_expires_at > ?)")) {
            bindFailure(update, now, why);
            update.setString(4, ScanStatus.RUNNING.name());
            update.setLong(5, now.toEpochMilli());
            return update.executeUpdate();
        }
    }

    /**
     * Deletes the complete and failed scans that started before {@code cutoff}; their counts, flagged users
     * and reasons go with them ({@code ON DELETE CASCADE}), in the same statement.
     */
    static int deleteStartedBefore(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM readiness_scan WHERE started_at < ? AND status <> ?")) {
            delete.setLong(1, cutoff.toEpochMilli());
            delete.setString(2, ScanStatus.RUNNING.name());
            return delete.executeUpdate();
        }
    }

    private static void bindTotals(PreparedStatement statement, Tally totals) throws SQLException {
        statement.setLong(1, totals.usersListed());
        statement.setLong(2, totals.guestsSkipped());
        statement.setLong(3, totals.usersBlocked());
        statement.setLong(4, totals.usersWithFindingsOnly());
    }

    private static void bindFailure(PreparedStatement statement, Instant now, String why) throws SQLException {
        statement.setString(1, ScanStatus.FAILED.name());
        statement.setLong(2, now.toEpochMilli());
        statement.setString(3, ColumnText.fit(why, ColumnText.FAILURE));
    }
}
