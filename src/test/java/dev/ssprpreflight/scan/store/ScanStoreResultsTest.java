package dev.ssprpreflight.scan.store;

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

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.BlockedUser;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.scan.ScanStore.BlockedPage;
import dev.ssprpreflight.scan.ScanStore.BlockedQuery;
import dev.ssprpreflight.scan.ScanStore.ScanDiff;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the console reads from the scan store, on the embedded H2 database (and on PostgreSQL in the
 * subclass): blocked users by page, reason and search, the CSV stream, the diff between two scans, the
 * trend of one scope, and the retention purge.
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

        BlockedPage first = store.blocked(scan, all(0, 2));
        BlockedPage last = store.blocked(scan, all(2, 2));

        assertThat(upns(first.users())).containsExactly("anna@contoso.example", "Bert@contoso.example");
        assertThat(upns(store.blocked(scan, all(1, 2)).users())).containsExactly("Carl@contoso.example",
                "dora@contoso.example");
        assertThat(upns(last.users())).containsExactly("eve@contoso.example");
        assertThat(first.total()).isEqualTo(5);
        assertThat(last.total()).isEqualTo(5);
        assertThat(store.blocked(scan, all(3, 2)).users()).isEmpty();
    }

    @Test
    void filtersByReasonAmongAllOfAUsersReasons() {
        long scan = completeScan(store, TENANT, T0, user("anna@contoso.example", Reason.LICENSE_MISSING),
                user("bert@contoso.example", Reason.SYNC_ERRORS, Reason.METHODS_NOT_REGISTERED),
                user("carl@contoso.example", Reason.METHODS_NOT_REGISTERED),
                user("dora@contoso.example", Reason.ACCOUNT_DISABLED));

        BlockedPage page = store.blocked(scan, byReason(Reason.METHODS_NOT_REGISTERED));

        assertThat(upns(page.users())).containsExactly("bert@contoso.example", "carl@contoso.example");
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.users().get(0).reasons()).containsExactly(Reason.SYNC_ERRORS, Reason.METHODS_NOT_REGISTERED);
        assertThat(store.blocked(scan, byReason(Reason.GUEST_ACCOUNT)).total()).isZero();
    }

    @Test
    void searchFindsPartOfTheUpnOrDisplayNameIgnoringCase() {
        long scan = completeScan(store, TENANT, T0,
                new BlockedUser("id-1", "ANNA.Berg@contoso.example", "Anna Berg", List.of(Reason.SYNC_ERRORS), false),
                new BlockedUser("id-2", "a.lind@contoso.example", "Bergström, Lina", List.of(Reason.SYNC_ERRORS), false),
                new BlockedUser("id-3", "carl@fabrikam.example", "Carl", List.of(Reason.SYNC_ERRORS), false));

        assertThat(upns(store.blocked(scan, searching("berg")).users())).containsExactly("a.lind@contoso.example",
                "ANNA.Berg@contoso.example");
        assertThat(upns(store.blocked(scan, searching("  FABRIKAM ")).users())).containsExactly("carl@fabrikam.example");
        assertThat(store.blocked(scan, searching("berg")).total()).isEqualTo(2);
        assertThat(store.blocked(scan, searching("nobody")).total()).isZero();
    }

    @Test
    void searchTakesLikeWildcardsLiterally() {
        long scan = completeScan(store, TENANT, T0, user("50%_off@contoso.example", Reason.SYNC_ERRORS),
                user("50xxoff@contoso.example", Reason.SYNC_ERRORS), user("back\\slash@contoso.example", Reason.SYNC_ERRORS),
                user("x_y@contoso.example", Reason.SYNC_ERRORS), user("xzy@contoso.example", Reason.SYNC_ERRORS));

        assertThat(upns(store.blocked(scan, searching("%_")).users())).containsExactly("50%_off@contoso.example");
        assertThat(upns(store.blocked(scan, searching("x_y")).users())).containsExactly("x_y@contoso.example");
        assertThat(upns(store.blocked(scan, searching("k\\s")).users())).containsExactly("back\\slash@contoso.example");
        assertThat(store.blocked(scan, searching("%")).total()).isEqualTo(1);
    }

    @Test
    void searchAndReasonTogether() {
        long scan = completeScan(store, TENANT, T0, user("anna@contoso.example", Reason.LICENSE_MISSING),
                user("anders@contoso.example", Reason.SYNC_ERRORS), user("bert@contoso.example", Reason.LICENSE_MISSING));

        BlockedPage page = store.blocked(scan,
                new BlockedQuery(Optional.of(Reason.LICENSE_MISSING), Optional.of("an"), 0, 10));

        assertThat(upns(page.users())).containsExactly("anna@contoso.example");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void aBlockedUserComesBackWholeWithReasonsInCatalogueOrder() {
        String longName = "N".repeat(300);
        long scan = completeScan(store, TENANT, T0, new BlockedUser("id-anna", "anna@contoso.example", longName,
                List.of(Reason.SSPR_NOT_ENABLED, Reason.WRITEBACK_NOT_ENABLED, Reason.METHODS_NOT_REGISTERED), true));

        BlockedUser stored = store.blocked(scan, all(0, 10)).users().get(0);

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
        List<BlockedUser> users = new ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            Reason reason = i % 3 == 0 ? Reason.LICENSE_MISSING : Reason.SYNC_ERRORS;
            users.add(user(String.format("user%04d@contoso.example", i), reason, Reason.SSPR_NOT_ENABLED));
        }
        // Two pages, as the runner stores them, and more rows than one fetch.
        assertThat(store.recordPage(scan, "replica-a", T0, LEASE, tally(users), users.subList(750, 1500))).isTrue();
        assertThat(store.recordPage(scan, "replica-a", T0, LEASE, tally(users), users.subList(0, 750))).isTrue();

        List<BlockedUser> everyone = new ArrayList<>();
        store.forEachBlocked(scan, all(0, 1), everyone::add);
        List<BlockedUser> licence = new ArrayList<>();
        store.forEachBlocked(scan, byReason(Reason.LICENSE_MISSING), licence::add);

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
        assertThat(diff.noLongerBlocked()).extracting(BlockedUser::objectId)
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

    private ScanRecord find(long scanId) {
        return store.find(scanId).orElseThrow();
    }

    private static BlockedQuery all(int page, int pageSize) {
        return new BlockedQuery(Optional.empty(), Optional.empty(), page, pageSize);
    }

    private static BlockedQuery byReason(Reason reason) {
        return new BlockedQuery(Optional.of(reason), Optional.empty(), 0, 100);
    }

    private static BlockedQuery searching(String text) {
        return new BlockedQuery(Optional.empty(), Optional.of(text), 0, 100);
    }

    private static List<String> upns(List<BlockedUser> users) {
        return users.stream().map(BlockedUser::userPrincipalName).toList();
    }

    private static List<Long> ids(List<ScanRecord> scans) {
        return scans.stream().map(ScanRecord::id).toList();
    }
}
