package dev.ssprpreflight.scan.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import javax.sql.DataSource;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.BlockedUser;
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

    /** A blocked user whose object id is derived from the UPN, with its display name in the same case. */
    static BlockedUser user(String upn, Reason... reasons) {
        String name = upn.substring(0, upn.indexOf('@'));
        return new BlockedUser(objectId(upn), upn, name, List.of(reasons), false);
    }

    static String objectId(String upn) {
        return "id-" + upn.toLowerCase(Locale.ROOT);
    }

    static Tally tally(List<BlockedUser> blocked) {
        return new Tally(blocked.size() * 2L, 1, blocked.size());
    }

    /** Begins a scan at {@code at}, stores its users as one page and completes it. */
    static long completeScan(ScanStore store, ScanScope scope, Instant at, BlockedUser... users) {
        long scanId = store.begin(newScan(scope), "replica-a", at, LEASE).orElseThrow().id();
        List<BlockedUser> blocked = List.of(users);
        if (!store.recordPage(scanId, "replica-a", at, LEASE, tally(blocked), blocked)
                || !store.complete(scanId, "replica-a", at.plusSeconds(1), tally(blocked), Map.of())) {
            throw new IllegalStateException("Scan " + scanId + " could not be completed");
        }
        return scanId;
    }
}
