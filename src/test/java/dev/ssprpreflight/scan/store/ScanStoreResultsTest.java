package dev.ssprpreflight.scan.store;

import static dev.ssprpreflight.scan.FlaggedUser.Standing.BLOCKED;
import static dev.ssprpreflight.scan.FlaggedUser.Standing.FINDINGS_ONLY;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.LEASE;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.PILOT;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.SALES;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.T0;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.TENANT;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.completeScan;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.newScan;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.objectId;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.tally;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.scan.ScanStore.FlaggedPage;
import dev.ssprpreflight.scan.ScanStore.FlaggedQuery;
import dev.ssprpreflight.scan.ScanStore.ScanDiff;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the console reads from the scan store, on the embedded H2 database (and on PostgreSQL in the
 * subclass): the blocked users and the users with findings only, each list by page, reason and search, the
 * CSV stream, the diff between two scans (blocked users only), the trend of one scope, the retention purge,
 * and scans stored before findings existed, with their retired codes, read back after the migration.
 */
@QuarkusTest
class ScanStoreResultsTest {

    static final Duration DAY = Duration.ofDays(1);

    @Inject
    DataSource dataSource;

    DatabaseScanStore store;

    @BeforeEach
    void emptyStore() throws SQLException {
        ScanStoreFixture.emptyTables(dataSource);
        store = new DatabaseScanStore(dataSource);
    }

    @Test
    void pagesOfBlockedUsersAreOrderedByUpnIgnoringCaseAndCountEveryMatch() {
        long scan = completeScan(store, TENANT, T0, user("dora@contoso.example", Reason.LICENSE_MISSING),
                user("Bert@contoso.example", Reason.SYNC_ERRORS), user("anna@contoso.example", Reason.SYNC_ERRORS),
                user("Carl@contoso.example", Reason.LICENSE_MISSING), user("eve@contoso.example", Reason.SYNC_STALE));

        FlaggedPage first = store.flagged(scan, all(0, 2));
        FlaggedPage last = store.flagged(scan, all(2, 2));

        assertThat(upns(first.users())).containsExactly("anna@contoso.example", "Bert@contoso.example");
        assertThat(upns(store.flagged(scan, all(1, 2)).users())).containsExactly("Carl@contoso.example",
                "dora@contoso.example");
        assertThat(upns(last.users())).containsExactly("eve@contoso.example");
        assertThat(first.total()).isEqualTo(5);
        assertThat(last.total()).isEqualTo(5);
        assertThat(store.flagged(scan, all(3, 2)).users()).isEmpty();
    }

    @Test
    void filtersByReasonAmongAllOfAUsersReasons() {
        long scan = completeScan(store, TENANT, T0, user("anna@contoso.example", Reason.LICENSE_MISSING),
                user("bert@contoso.example", Reason.SYNC_ERRORS, Reason.METHODS_NOT_REGISTERED),
                user("carl@contoso.example", Reason.METHODS_NOT_REGISTERED),
                user("dora@contoso.example", Reason.ACCOUNT_DISABLED));

        FlaggedPage page = store.flagged(scan, byReason(Reason.METHODS_NOT_REGISTERED));

        assertThat(upns(page.users())).containsExactly("bert@contoso.example", "carl@contoso.example");
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.users().get(0).reasons()).containsExactly(Reason.METHODS_NOT_REGISTERED, Reason.SYNC_ERRORS);
        assertThat(store.flagged(scan, byReason(Reason.GUEST_ACCOUNT)).total()).isZero();
    }

    @Test
    void searchFindsPartOfTheUpnOrDisplayNameIgnoringCase() {
        long scan = completeScan(store, TENANT, T0,
                new FlaggedUser("id-1", "ANNA.Berg@contoso.example", "Anna Berg", List.of(Reason.SYNC_ERRORS), false),
                new FlaggedUser("id-2", "a.lind@contoso.example", "Bergström, Lina", List.of(Reason.SYNC_ERRORS), false),
                new FlaggedUser("id-3", "carl@fabrikam.example", "Carl", List.of(Reason.SYNC_ERRORS), false));

        assertThat(upns(store.flagged(scan, searching("berg")).users())).containsExactly("a.lind@contoso.example",
                "ANNA.Berg@contoso.example");
        assertThat(upns(store.flagged(scan, searching("  FABRIKAM ")).users())).containsExactly("carl@fabrikam.example");
        assertThat(store.flagged(scan, searching("berg")).total()).isEqualTo(2);
        assertThat(store.flagged(scan, searching("nobody")).total()).isZero();
    }

    @Test
    void searchTakesLikeWildcardsLiterally() {
        long scan = completeScan(store, TENANT, T0, user("50%_off@contoso.example", Reason.SYNC_ERRORS),
                user("50xxoff@contoso.example", Reason.SYNC_ERRORS), user("back\\slash@contoso.example", Reason.SYNC_ERRORS),
                user("x_y@contoso.example", Reason.SYNC_ERRORS), user("xzy@contoso.example", Reason.SYNC_ERRORS));

        assertThat(upns(store.flagged(scan, searching("%_")).users())).containsExactly("50%_off@contoso.example");
        assertThat(upns(store.flagged(scan, searching("x_y")).users())).containsExactly("x_y@contoso.example");
        assertThat(upns(store.flagged(scan, searching("k\\s")).users())).containsExactly("back\\slash@contoso.example");
        assertThat(store.flagged(scan, searching("%")).total()).isEqualTo(1);
    }

    @Test
    void searchAndReasonTogether() {
        long scan = completeScan(store, TENANT, T0, user("anna@contoso.example", Reason.LICENSE_MISSING),
                user("anders@contoso.example", Reason.SYNC_ERRORS), user("bert@contoso.example", Reason.LICENSE_MISSING));

        FlaggedPage page = store.flagged(scan,
                new FlaggedQuery(BLOCKED, Optional.of(Reason.LICENSE_MISSING), Optional.of("an"), 0, 10));

        assertThat(upns(page.users())).containsExactly("anna@contoso.example");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void aBlockedUserComesBackWholeWithReasonsInCatalogueOrder() {
        String longName = "N".repeat(300);
        long scan = completeScan(store, TENANT, T0, new FlaggedUser("id-anna", "anna@contoso.example", longName,
                List.of(Reason.SSPR_NOT_ENABLED, Reason.WRITEBACK_NOT_ENABLED, Reason.METHODS_NOT_REGISTERED), true));

        FlaggedUser stored = store.flagged(scan, all(0, 10)).users().get(0);

        assertThat(stored.objectId()).isEqualTo("id-anna");
        assertThat(stored.userPrincipalName()).isEqualTo("anna@contoso.example");
        assertThat(stored.displayName()).isEqualTo("N".repeat(256));
        assertThat(stored.reasons()).containsExactly(Reason.WRITEBACK_NOT_ENABLED, Reason.METHODS_NOT_REGISTERED,
                Reason.SSPR_NOT_ENABLED);
        assertThat(stored.registrationFromReport()).isTrue();
    }

    @Test
    void forEachBlockedStreamsEveryMatchingUserInOrder() {
        long scan = store.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow().id();
        List<FlaggedUser> users = new ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            Reason reason = i % 3 == 0 ? Reason.LICENSE_MISSING : Reason.SYNC_ERRORS;
            users.add(user(String.format("user%04d@contoso.example", i), reason, Reason.SSPR_NOT_ENABLED));
        }
        // Two pages, as the runner stores them, and more rows than one fetch.
        assertThat(store.recordPage(scan, "replica-a", T0, LEASE, tally(users), users.subList(750, 1500))).isTrue();
        assertThat(store.recordPage(scan, "replica-a", T0, LEASE, tally(users), users.subList(0, 750))).isTrue();

        List<FlaggedUser> everyone = new ArrayList<>();
        store.forEachFlagged(scan, all(0, 1), everyone::add);
        List<FlaggedUser> licence = new ArrayList<>();
        store.forEachFlagged(scan, byReason(Reason.LICENSE_MISSING), licence::add);

        assertThat(everyone).containsExactlyElementsOf(users);
        assertThat(licence).hasSize(500).allMatch(user -> user.reasons().contains(Reason.LICENSE_MISSING));
        assertThat(licence.get(0).userPrincipalName()).isEqualTo("user0003@contoso.example");
    }

    @Test
    void diffCountsAndSamplesWhoIsNewlyBlockedAndWhoNoLonger() {
        long earlier = completeScan(store, TENANT, T0, user("anna@contoso.example", Reason.SYNC_ERRORS),
                user("bert@contoso.example", Reason.SYNC_ERRORS), user("carl@contoso.example", Reason.LICENSE_MISSING));
        long later = completeScan(store, TENANT, T0.plus(DAY), user("bert@contoso.example", Reason.LICENSE_MISSING),
                user("carl@contoso.example", Reason.LICENSE_MISSING), user("erik@contoso.example", Reason.SYNC_STALE),
                user("dora@contoso.example", Reason.ACCOUNT_DISABLED));

        ScanDiff diff = store.diff(earlier, later, 10);
        ScanDiff sampled = store.diff(earlier, later, 1);

        assertThat(diff.newlyBlockedCount()).isEqualTo(2);
        assertThat(upns(diff.newlyBlocked())).containsExactly("dora@contoso.example", "erik@contoso.example");
        assertThat(diff.newlyBlocked().get(1).reasons()).containsExactly(Reason.SYNC_STALE);
        assertThat(diff.noLongerBlockedCount()).isEqualTo(1);
        assertThat(diff.noLongerBlocked()).extracting(FlaggedUser::objectId)
                .containsExactly(objectId("anna@contoso.example"));
        assertThat(sampled.newlyBlockedCount()).isEqualTo(2);
        assertThat(upns(sampled.newlyBlocked())).containsExactly("dora@contoso.example");
        assertThat(sampled.noLongerBlocked()).hasSize(1);
    }

    @Test
    void previousCompleteIsTheSameScopesLastCompleteScanBefore() {
        long tenant1 = completeScan(store, TENANT, T0);
        long sales2 = completeScan(store, SALES, T0.plus(DAY));
        long failedTenant = store.begin(newScan(TENANT), "replica-a", T0.plus(DAY.multipliedBy(2)), LEASE)
                .orElseThrow().id();
        store.fail(failedTenant, T0.plus(DAY.multipliedBy(2)), "the directory failed");
        completeScan(store, PILOT, T0.plus(DAY.multipliedBy(3)));
        long tenant5 = completeScan(store, TENANT, T0.plus(DAY.multipliedBy(4)));
        long sales6 = completeScan(store, SALES, T0.plus(DAY.multipliedBy(5)));

        assertThat(store.previousComplete(find(tenant5)).map(ScanRecord::id)).contains(tenant1);
        assertThat(store.previousComplete(find(sales6)).map(ScanRecord::id)).contains(sales2);
        assertThat(store.previousComplete(find(tenant1))).isEmpty();
        assertThat(store.previousComplete(find(sales2))).isEmpty();
    }

    @Test
    void completedListsOneScopesCompleteScansNewestFirst() {
        long tenant1 = completeScan(store, TENANT, T0);
        long sales2 = completeScan(store, SALES, T0.plus(DAY));
        long tenant3 = completeScan(store, TENANT, T0.plus(DAY.multipliedBy(2)));
        long failed = store.begin(newScan(TENANT), "replica-a", T0.plus(DAY.multipliedBy(3)), LEASE).orElseThrow().id();
        store.fail(failed, T0.plus(DAY.multipliedBy(3)), "the directory failed");
        long tenant5 = completeScan(store, TENANT, T0.plus(DAY.multipliedBy(4)));

        assertThat(ids(store.completed(TENANT, 10))).containsExactly(tenant5, tenant3, tenant1);
        assertThat(ids(store.completed(TENANT, 2))).containsExactly(tenant5, tenant3);
        assertThat(ids(store.completed(SALES, 10))).containsExactly(sales2);
        assertThat(store.completed(PILOT, 10)).isEmpty();
        assertThat(ids(store.recent(3))).containsExactly(tenant5, failed, tenant3);
        assertThat(store.recent(10)).extracting(ScanRecord::status).containsExactly(ScanStatus.COMPLETE,
                ScanStatus.FAILED, ScanStatus.COMPLETE, ScanStatus.COMPLETE, ScanStatus.COMPLETE);
    }

    @Test
    void deleteStartedBeforeKeepsTheRunningScanAndRemovesTheOthersWithTheirUsers() throws SQLException {
        completeScan(store, TENANT, T0, user("anna@contoso.example", Reason.SYNC_ERRORS, Reason.LICENSE_MISSING));
        long failed = store.begin(newScan(TENANT), "replica-a", T0.plus(DAY), LEASE).orElseThrow().id();
        store.fail(failed, T0.plus(DAY), "the directory failed");
        long running = store.begin(newScan(TENANT), "replica-a", T0.plus(DAY.multipliedBy(2)), LEASE).orElseThrow().id();
        store.recordPage(running, "replica-a", T0.plus(DAY.multipliedBy(2)), LEASE, tally(List.of()),
                List.of(user("bert@contoso.example", Reason.SYNC_STALE)));

        assertThat(store.deleteStartedBefore(T0)).as("none started before").isZero();
        int deleted = store.deleteStartedBefore(T0.plus(DAY.multipliedBy(5)));

        assertThat(deleted).isEqualTo(2);
        assertThat(ids(store.recent(10))).containsExactly(running);
        assertThat(ScanStoreFixture.rows(dataSource, "readiness_scan_blocked")).isEqualTo(1);
        assertThat(ScanStoreFixture.rows(dataSource, "readiness_scan_blocked_reason")).isEqualTo(1);
        assertThat(store.running().map(ScanRecord::id)).contains(running);
    }

    @Test
    void usersWithFindingsOnlyHaveTheirOwnListAndAFindingFindsItsUsersInEither() {
        long scan = completeScan(store, TENANT, T0, user("anna@contoso.example", Reason.ACCOUNT_DISABLED),
                user("bert@contoso.example", Reason.LICENSE_NOT_ASSIGNED),
                user("carl@contoso.example", Reason.ACCOUNT_DISABLED, Reason.LICENSE_NOT_ASSIGNED),
                user("dora@contoso.example", Reason.LICENSE_NOT_ASSIGNED, Reason.SYNC_LATE),
                user("eve@contoso.example", Reason.SYNC_LATE));

        FlaggedPage blocked = store.flagged(scan, everyone(BLOCKED));
        FlaggedPage findingsOnly = store.flagged(scan, everyone(FINDINGS_ONLY));

        assertThat(upns(blocked.users())).containsExactly("anna@contoso.example", "carl@contoso.example");
        assertThat(blocked.total()).isEqualTo(2);
        assertThat(upns(findingsOnly.users())).containsExactly("bert@contoso.example", "dora@contoso.example",
                "eve@contoso.example");
        assertThat(findingsOnly.total()).isEqualTo(3);
        assertThat(blocked.users().get(1).reasons()).containsExactly(Reason.ACCOUNT_DISABLED,
                Reason.LICENSE_NOT_ASSIGNED);
        assertThat(upns(store.flagged(scan, byReason(BLOCKED, Reason.LICENSE_NOT_ASSIGNED)).users()))
                .containsExactly("carl@contoso.example");
        assertThat(upns(store.flagged(scan, byReason(FINDINGS_ONLY, Reason.LICENSE_NOT_ASSIGNED)).users()))
                .containsExactly("bert@contoso.example", "dora@contoso.example");
        assertThat(store.flagged(scan, byReason(FINDINGS_ONLY, Reason.ACCOUNT_DISABLED)).total()).isZero();
        List<FlaggedUser> exported = new ArrayList<>();
        store.forEachFlagged(scan, everyone(FINDINGS_ONLY), exported::add);
        assertThat(exported).containsExactlyElementsOf(findingsOnly.users());
        ScanRecord record = find(scan);
        assertThat(record.usersBlocked()).isEqualTo(2);
        assertThat(record.usersWithFindingsOnly()).isEqualTo(3);
    }

    @Test
    void diffComparesBlockedUsersOnly() {
        long earlier = completeScan(store, TENANT, T0, user("anna@contoso.example", Reason.ACCOUNT_DISABLED),
                user("bert@contoso.example", Reason.LICENSE_NOT_ASSIGNED),
                user("carl@contoso.example", Reason.SYNC_LATE),
                user("dora@contoso.example", Reason.ACCOUNT_DISABLED, Reason.SYNC_LATE));
        long later = completeScan(store, TENANT, T0.plus(DAY), user("anna@contoso.example", Reason.LICENSE_NOT_ASSIGNED),
                user("bert@contoso.example", Reason.ACCOUNT_DISABLED, Reason.LICENSE_NOT_ASSIGNED),
                user("dora@contoso.example", Reason.ACCOUNT_DISABLED),
                user("eve@contoso.example", Reason.SYNC_LATE));

        ScanDiff diff = store.diff(earlier, later, 10);

        assertThat(upns(diff.newlyBlocked())).as("bert had a finding only").containsExactly("bert@contoso.example");
        assertThat(diff.newlyBlockedCount()).isEqualTo(1);
        assertThat(upns(diff.noLongerBlocked())).as("anna is down to a finding").containsExactly("anna@contoso.example");
        assertThat(diff.noLongerBlockedCount()).isEqualTo(1);
    }

    /**
     * A scan stored by the release before findings existed (V120's tables), with blocks that have been retired
     * since, reads back after V130 as it was stored: its users blocked, with their codes, none with findings
     * only, and a new scan compares with it. The rows are written by hand, as that release wrote them.
     */
    @Test
    void aScanStoredBeforeFindingsReadsBackWithItsRetiredCodesAfterTheMigration() throws SQLException {
        SchemaDataSource release120 = SchemaDataSource.migratedTo(dataSource, "scans_v120", "120");
        long old;
        try (Connection connection = release120.getConnection()) {
            old = ScanStoreFixture.insertV120Scan(connection, T0, Map.of(
                    "anna@contoso.example", List.of(Reason.SYNC_ERRORS, Reason.LICENSE_MISSING),
                    "bert@contoso.example", List.of(Reason.ADMIN_WRITEBACK_UNSUPPORTED)));
        }

        release120.migrateTo("latest");
        DatabaseScanStore migrated = new DatabaseScanStore(release120);

        ScanRecord scan = migrated.find(old).orElseThrow();
        assertThat(scan.usersBlocked()).isEqualTo(2);
        assertThat(scan.usersWithFindingsOnly()).isZero();
        assertThat(scan.reasonCounts()).isEqualTo(Map.of(Reason.SYNC_ERRORS, 1L, Reason.LICENSE_MISSING, 1L,
                Reason.ADMIN_WRITEBACK_UNSUPPORTED, 1L));
        List<FlaggedUser> blocked = migrated.flagged(old, everyone(BLOCKED)).users();
        assertThat(upns(blocked)).containsExactly("anna@contoso.example", "bert@contoso.example");
        assertThat(blocked.get(0).reasons()).containsExactly(Reason.LICENSE_MISSING, Reason.SYNC_ERRORS);
        assertThat(blocked.get(1).blocks()).containsExactly(Reason.ADMIN_WRITEBACK_UNSUPPORTED);
        assertThat(blocked).allMatch(FlaggedUser::blocked);
        assertThat(migrated.flagged(old, everyone(FINDINGS_ONLY)).total()).isZero();
        assertThat(upns(migrated.flagged(old, byReason(Reason.SYNC_ERRORS)).users()))
                .containsExactly("anna@contoso.example");

        long next = completeScan(migrated, TENANT, T0.plus(DAY), user("anna@contoso.example", Reason.LICENSE_NOT_ASSIGNED),
                user("bert@contoso.example", Reason.ONPREM_PROTECTED_ACCOUNT));
        ScanDiff diff = migrated.diff(old, next, 10);
        assertThat(upns(diff.noLongerBlocked())).containsExactly("anna@contoso.example");
        assertThat(diff.newlyBlockedCount()).isZero();
        assertThat(upns(migrated.flagged(next, everyone(FINDINGS_ONLY)).users())).containsExactly("anna@contoso.example");
    }

    /** V130 drops the column's default again, so a row that does not say which list it is in is refused. */
    @Test
    void aUserRowMustSayWhetherItIsBlocked() throws SQLException {
        long scan = completeScan(store, TENANT, T0);

        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO readiness_scan_blocked (scan_id, "
                        + "object_id, user_principal_name, upn_lower, display_name, registration_from_report) "
                        + "VALUES (?, 'id-x', 'x@contoso.example', 'x@contoso.example', 'x', FALSE)")) {
            insert.setLong(1, scan);
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class);
        }
    }

    private ScanRecord find(long scanId) {
        return store.find(scanId).orElseThrow();
    }

    private static FlaggedQuery all(int page, int pageSize) {
        return new FlaggedQuery(BLOCKED, Optional.empty(), Optional.empty(), page, pageSize);
    }

    private static FlaggedQuery byReason(Reason reason) {
        return byReason(BLOCKED, reason);
    }

    private static FlaggedQuery byReason(FlaggedUser.Standing standing, Reason reason) {
        return new FlaggedQuery(standing, Optional.of(reason), Optional.empty(), 0, 100);
    }

    private static FlaggedQuery everyone(FlaggedUser.Standing standing) {
        return new FlaggedQuery(standing, Optional.empty(), Optional.empty(), 0, 100);
    }

    private static FlaggedQuery searching(String text) {
        return new FlaggedQuery(BLOCKED, Optional.empty(), Optional.of(text), 0, 100);
    }

    private static List<String> upns(List<FlaggedUser> users) {
        return users.stream().map(FlaggedUser::userPrincipalName).toList();
    }

    private static List<Long> ids(List<ScanRecord> scans) {
        return scans.stream().map(ScanRecord::id).toList();
    }
}
