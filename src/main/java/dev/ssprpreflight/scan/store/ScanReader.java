package dev.ssprpreflight.scan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.ScanStatus;

/**
 * Reads scans with their counts per reason (blocks and findings, and the retired codes of old scans), newest
 * first. "Newest" is the highest id, not the latest
 * {@code started_at}: scans begin one at a time under the lock, so ids follow the order in which they
 * began, whatever the replicas' clocks said.
 */
final class ScanReader {

    private static final String COLUMNS = "id, group_id, group_name, status, started_by, started_at, finished_at, "
            + "users_total, users_listed, guests_skipped, users_blocked, users_findings_only, failure";

    private ScanReader() {
    }

    static SqlCondition any() {
        return SqlCondition.of("1 = 1");
    }

    static SqlCondition withId(long scanId) {
        return SqlCondition.of("id = ?", scanId);
    }

    static SqlCondition withStatus(ScanStatus status) {
        return SqlCondition.of("status = ?", status.name());
    }

    /** Scans of the same scope: the whole tenant, or the same group. */
    static SqlCondition ofScope(ScanScope scope) {
        return scope.groupId().map(groupId -> SqlCondition.of("group_id = ?", groupId))
                .orElseGet(() -> SqlCondition.of("group_id IS NULL"));
    }

    static SqlCondition before(long scanId) {
        return SqlCondition.of("id < ?", scanId);
    }

    /** The newest {@code limit} scans that meet the condition, newest first. */
    static List<ScanRecord> newestFirst(Connection connection, SqlCondition where, int limit) throws SQLException {
        // The limit applies to scans, so it is taken before the join adds a row per reason.
        try (PreparedStatement select = connection.prepareStatement("SELECT s.*, c.reason, c.users FROM (SELECT "
                + COLUMNS + " FROM readiness_scan WHERE " + where.sql() + " ORDER BY id DESC LIMIT ?) s "
                + "LEFT JOIN readiness_scan_reason_count c ON c.scan_id = s.id ORDER BY s.id DESC")) {
            select.setInt(where.bind(select, 1), limit);
            try (ResultSet rows = select.executeQuery()) {
                return scans(rows);
            }
        }
    }

    static Optional<ScanRecord> newest(Connection connection, SqlCondition where) throws SQLException {
        return newestFirst(connection, where, 1).stream().findFirst();
    }

    /** Folds the rows of the join, one per scan and reason, into scans. */
    private static List<ScanRecord> scans(ResultSet rows) throws SQLException {
        List<ScanRecord> scans = new ArrayList<>();
        ScanRecord scan = null;
        Map<Reason, Long> counts = new EnumMap<>(Reason.class);
        while (rows.next()) {
            long id = rows.getLong("id");
            if (scan == null || scan.id() != id) {
                if (scan != null) {
                    scans.add(withCounts(scan, counts));
                }
                scan = scan(rows);
                counts.clear();
            }
            String reason = rows.getString("reason");
            if (reason != null) {
                counts.put(Reason.valueOf(reason), rows.getLong("users"));
            }
        }
        if (scan != null) {
            scans.add(withCounts(scan, counts));
        }
        return scans;
    }

    private static ScanRecord scan(ResultSet row) throws SQLException {
        String groupId = row.getString("group_id");
        ScanScope scope = groupId == null ? ScanScope.wholeTenant() : ScanScope.group(groupId, row.getString("group_name"));
        long finishedAt = row.getLong("finished_at");
        Optional<Instant> finished = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(finishedAt));
        long usersTotal = row.getLong("users_total");
        OptionalLong total = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(usersTotal);
        return new ScanRecord(row.getLong("id"), scope, ScanStatus.valueOf(row.getString("status")),
                row.getString("started_by"), Instant.ofEpochMilli(row.getLong("started_at")), finished, total,
                row.getLong("users_listed"), row.getLong("guests_skipped"), row.getLong("users_blocked"),
                row.getLong("users_findings_only"), Optional.ofNullable(row.getString("failure")), Map.of());
    }

    private static ScanRecord withCounts(ScanRecord scan, Map<Reason, Long> counts) {
        return new ScanRecord(scan.id(), scan.scope(), scan.status(), scan.startedBy(), scan.startedAt(),
                scan.finishedAt(), scan.usersTotal(), scan.usersListed(), scan.guestsSkipped(), scan.usersBlocked(),
                scan.usersWithFindingsOnly(), scan.failure(), counts);
    }
}
