package dev.ssprpreflight.scan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import javax.sql.DataSource;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.ScanStore;
import dev.ssprpreflight.scan.ScanStore.NewScan;
import dev.ssprpreflight.scan.ScanStore.Tally;

/**
 * What the store's contract tests share: fixed instants (in the future, so that nothing running on the
 * real clock ever finds these scans old or their leases expired), users, scans run to the end, and empty
 * tables before each test.
 */
final class ScanStoreFixture {

    static final Instant T0 = Instant.parse("2030-01-01T08:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(1);
    static final ScanScope TENANT = ScanScope.wholeTenant();
    static final ScanScope SALES = ScanScope.group("group-sales", "Sales");
    static final ScanScope PILOT = ScanScope.group("group-pilot", "Pilot users");

    private ScanStoreFixture() {
    }

    static void emptyTables(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate("DELETE FROM readiness_scan");
            statement.executeUpdate(
                    "UPDATE readiness_scan_lock SET scan_id = NULL, holder = NULL, lease_expires_at = 0 WHERE id = 1");
        }
    }

    static long rows(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    static NewScan newScan(ScanScope scope) {
        return new NewScan(scope, "admin@contoso.example", OptionalLong.of(1000));
    }

    /**
     * A flagged user whose object id is derived from the UPN, with its display name in the same case: blocked
     * when a reason blocks, else with findings only.
     */
    static FlaggedUser user(String upn, Reason... reasons) {
        String name = upn.substring(0, upn.indexOf('@'));
        return new FlaggedUser(objectId(upn), upn, name, List.of(reasons), false);
    }

    static String objectId(String upn) {
        return "id-" + upn.toLowerCase(Locale.ROOT);
    }

    /** The totals of a scan that found these users, and as many others for whom reset works. */
    static Tally tally(List<FlaggedUser> flagged) {
        long blocked = flagged.stream().filter(FlaggedUser::blocked).count();
        return new Tally(flagged.size() * 2L, 1, blocked, flagged.size() - blocked);
    }

    /** Begins a scan at {@code at}, stores its users as one page and completes it. */
    static long completeScan(ScanStore store, ScanScope scope, Instant at, FlaggedUser... users) {
        long scanId = store.begin(newScan(scope), "replica-a", at, LEASE).orElseThrow().id();
        List<FlaggedUser> flagged = List.of(users);
        if (!store.recordPage(scanId, "replica-a", at, LEASE, tally(flagged), flagged)
                || !store.complete(scanId, "replica-a", at.plusSeconds(1), tally(flagged), Map.of())) {
            throw new IllegalStateException("Scan " + scanId + " could not be completed");
        }
        return scanId;
    }

    /**
     * Writes a complete whole-tenant scan into V120's tables as the release before findings wrote it: every
     * user it kept was blocked, with the codes of that time, and there was no count of users with findings
     * only.
     *
     * @param blocked the scan's users by UPN, with their codes
     * @return the scan's id
     */
    static long insertV120Scan(Connection connection, Instant at, Map<String, List<Reason>> blocked)
            throws SQLException {
        long scanId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO readiness_scan (group_id, group_name, "
                + "status, started_by, started_at, finished_at, users_total, users_listed, guests_skipped, users_blocked) "
                + "VALUES (NULL, NULL, 'COMPLETE', 'schedule', ?, ?, ?, ?, 0, ?)", new String[] { "id" })) {
            insert.setLong(1, at.toEpochMilli());
            insert.setLong(2, at.plusSeconds(60).toEpochMilli());
            insert.setLong(3, blocked.size() * 10L);
            insert.setLong(4, blocked.size() * 10L);
            insert.setLong(5, blocked.size());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                scanId = keys.getLong(1);
            }
        }
        Map<Reason, Long> counts = new EnumMap<>(Reason.class);
        for (Map.Entry<String, List<Reason>> user : blocked.entrySet()) {
            String upn = user.getKey();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO readiness_scan_blocked (scan_id, "
                    + "object_id, user_principal_name, upn_lower, display_name, registration_from_report) "
                    + "VALUES (?, ?, ?, ?, ?, FALSE)")) {
                insert.setLong(1, scanId);
                insert.setString(2, objectId(upn));
                insert.setString(3, upn);
                insert.setString(4, upn.toLowerCase(Locale.ROOT));
                insert.setString(5, upn.substring(0, upn.indexOf('@')));
                insert.executeUpdate();
            }
            for (Reason reason : user.getValue()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO readiness_scan_blocked_reason (scan_id, object_id, reason) VALUES (?, ?, ?)")) {
                    insert.setLong(1, scanId);
                    insert.setString(2, objectId(upn));
                    insert.setString(3, reason.name());
                    insert.executeUpdate();
                }
                counts.merge(reason, 1L, Long::sum);
            }
        }
        for (Map.Entry<Reason, Long> count : counts.entrySet()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO readiness_scan_reason_count (scan_id, reason, users) VALUES (?, ?, ?)")) {
                insert.setLong(1, scanId);
                insert.setString(2, count.getKey().name());
                insert.setLong(3, count.getValue());
                insert.executeUpdate();
            }
        }
        return scanId;
    }
}
