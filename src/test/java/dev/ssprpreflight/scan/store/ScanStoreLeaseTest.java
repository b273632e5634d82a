package dev.ssprpreflight.scan.store;

import static dev.ssprpreflight.scan.store.ScanStoreFixture.LEASE;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.SALES;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.T0;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.TENANT;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.newScan;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.tally;
import static dev.ssprpreflight.scan.store.ScanStoreFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.scan.ScanStore.FlaggedQuery;
import dev.ssprpreflight.scan.ScanStore.Tally;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The scan store's lease, on the embedded H2 database (and on PostgreSQL in the subclass): one scan at a
 * time across replicas, pages and completion only by the lease's holder, and a scan whose replica stopped
 * marked failed, never complete. Each "replica" is a store of its own over the same database.
 */
@QuarkusTest
class ScanStoreLeaseTest {

    @Inject
    DataSource dataSource;

    DatabaseScanStore replicaA;
    DatabaseScanStore replicaB;

    @BeforeEach
    void emptyStore() throws SQLException {
        ScanStoreFixture.emptyTables(dataSource);
        replicaA = new DatabaseScanStore(dataSource);
        replicaB = new DatabaseScanStore(dataSource);
    }

    @Test
    void beginsARunningScanOfTheScope() {
        ScanRecord scan = replicaA.begin(newScan(SALES), "replica-a", T0, LEASE).orElseThrow();

        assertThat(scan.status()).isEqualTo(ScanStatus.RUNNING);
        assertThat(scan.scope()).isEqualTo(SALES);
        assertThat(scan.startedBy()).isEqualTo("admin@contoso.example");
        assertThat(scan.startedAt()).isEqualTo(T0);
        assertThat(scan.finishedAt()).isEmpty();
        assertThat(scan.usersTotal()).hasValue(1000);
        assertThat(scan.usersListed()).isZero();
        assertThat(scan.failure()).isEmpty();
        assertThat(replicaB.find(scan.id())).contains(scan);
        assertThat(replicaB.running()).contains(scan);
    }

    @Test
    void refusesASecondScanWhileOneRuns() {
        ScanRecord first = replicaA.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow();

        assertThat(replicaB.begin(newScan(SALES), "replica-b", T0.plusSeconds(59), LEASE)).isEmpty();
        assertThat(replicaA.begin(newScan(SALES), "replica-a", T0.plusSeconds(1), LEASE)).isEmpty();
        assertThat(replicaB.running().map(ScanRecord::id)).contains(first.id());
        assertThat(replicaB.recent(10)).hasSize(1);
    }

    @Test
    void exactlyOneOfTwoReplicasRacingToBeginWins() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                Instant now = T0.plus(Duration.ofHours(round));
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Optional<ScanRecord>>> begun = new ArrayList<>();
                for (Map.Entry<String, DatabaseScanStore> replica : Map.of("replica-a", replicaA, "replica-b",
                        replicaB).entrySet()) {
                    Callable<Optional<ScanRecord>> begin = () -> {
                        ready.countDown();
                        go.await();
                        return replica.getValue().begin(newScan(TENANT), replica.getKey(), now, LEASE);
                    };
                    begun.add(threads.submit(begin));
                }
                ready.await();
                go.countDown();
                List<ScanRecord> winners = new ArrayList<>();
                for (Future<Optional<ScanRecord>> result : begun) {
                    result.get(30, TimeUnit.SECONDS).ifPresent(winners::add);
                }

                assertThat(winners).as("round %d", round).hasSize(1);
                assertThat(replicaA.running().map(ScanRecord::id)).contains(winners.get(0).id());
                replicaA.fail(winners.get(0).id(), now, "round over");
            }
            assertThat(replicaA.recent(100)).hasSize(20).allMatch(scan -> scan.status() == ScanStatus.FAILED);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anExpiredLeaseLetsANewScanBeginAndMarksTheStoppedOneFailed() {
        ScanRecord stopped = replicaA.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow();
        Instant afterExpiry = T0.plus(LEASE).plusSeconds(1);

        ScanRecord next = replicaB.begin(newScan(TENANT), "replica-b", afterExpiry, LEASE).orElseThrow();

        ScanRecord failed = replicaB.find(stopped.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScanStatus.FAILED);
        assertThat(failed.failure()).contains(dev.ssprpreflight.scan.ReadinessScans.ABANDONED);
        assertThat(failed.finishedAt()).contains(afterExpiry);
        assertThat(replicaB.running().map(ScanRecord::id)).contains(next.id());
        // The stopped replica comes back: its scan is no longer its to write or complete.
        assertThat(replicaA.recordPage(stopped.id(), "replica-a", T0.plusSeconds(30), LEASE, new Tally(1, 0, 0, 0),
                List.of())).isFalse();
        assertThat(replicaA.complete(stopped.id(), "replica-a", T0.plusSeconds(30), new Tally(1, 0, 0, 0), Map.of()))
                .isFalse();
        assertThat(replicaB.find(stopped.id()).orElseThrow().status()).isEqualTo(ScanStatus.FAILED);
    }

    @Test
    void everyStoredPageRenewsTheLease() {
        ScanRecord scan = replicaA.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow();

        assertThat(replicaA.recordPage(scan.id(), "replica-a", T0.plusSeconds(50), LEASE, new Tally(999, 0, 0, 0),
                List.of())).isTrue();

        // Past the first lease, within the renewed one.
        assertThat(replicaB.begin(newScan(TENANT), "replica-b", T0.plusSeconds(100), LEASE)).isEmpty();
        assertThat(replicaB.failAbandoned(T0.plusSeconds(100), "abandoned")).isZero();
        assertThat(replicaB.begin(newScan(TENANT), "replica-b", T0.plusSeconds(111), LEASE)).isPresent();
    }

    @Test
    void aPageIsStoredWithItsTotals() {
        ScanRecord scan = replicaA.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow();
        List<FlaggedUser> page = List.of(user("anna@contoso.example", Reason.LICENSE_MISSING),
                user("bert@contoso.example", Reason.LICENSE_NOT_ASSIGNED));

        assertThat(replicaA.recordPage(scan.id(), "replica-a", T0, LEASE, new Tally(999, 12, 1, 1), page)).isTrue();

        ScanRecord stored = replicaB.find(scan.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ScanStatus.RUNNING);
        assertThat(stored.usersListed()).isEqualTo(999);
        assertThat(stored.guestsSkipped()).isEqualTo(12);
        assertThat(stored.usersBlocked()).isEqualTo(1);
        assertThat(stored.usersWithFindingsOnly()).isEqualTo(1);
        assertThat(flaggedOf(scan.id())).isEqualTo(2);
    }

    @Test
    void aPageOfAnotherHolderIsRefusedAndWritesNothing() {
        ScanRecord scan = replicaA.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow();
        List<FlaggedUser> page = List.of(user("anna@contoso.example", Reason.LICENSE_MISSING));

        assertThat(replicaB.recordPage(scan.id(), "replica-b", T0.plusSeconds(1), LEASE, new Tally(999, 0, 1, 0), page))
                .isFalse();

        assertThat(replicaA.find(scan.id()).orElseThrow().usersListed()).isZero();
        assertThat(flaggedOf(scan.id())).isZero();
    }

    @Test
    void aPageAfterTheLeaseExpiredIsRefused() {
        ScanRecord scan = replicaA.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow();

        assertThat(replicaA.recordPage(scan.id(), "replica-a", T0.plus(LEASE), LEASE, new Tally(999, 0, 1, 0),
                List.of(user("anna@contoso.example", Reason.LICENSE_MISSING)))).isFalse();

        assertThat(flaggedOf(scan.id())).isZero();
        assertThat(replicaA.find(scan.id()).orElseThrow().usersListed()).isZero();
    }

    @Test
    void aFailedScanTakesNoMorePagesIsNeverCompleteAndFreesTheLease() {
        ScanRecord scan = replicaA.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow();

        replicaA.fail(scan.id(), T0.plusSeconds(5), "the directory answered 503 three times");

        assertThat(replicaA.recordPage(scan.id(), "replica-a", T0.plusSeconds(6), LEASE, new Tally(1, 0, 0, 0),
                List.of())).isFalse();
        assertThat(replicaA.complete(scan.id(), "replica-a", T0.plusSeconds(6), new Tally(1, 0, 0, 0), Map.of()))
                .isFalse();
        ScanRecord failed = replicaA.find(scan.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScanStatus.FAILED);
        assertThat(failed.failure()).contains("the directory answered 503 three times");
        assertThat(failed.finishedAt()).contains(T0.plusSeconds(5));
        assertThat(replicaA.running()).isEmpty();
        assertThat(replicaB.begin(newScan(TENANT), "replica-b", T0.plusSeconds(7), LEASE)).isPresent();
    }

    @Test
    void aLongFailureIsCutToItsColumn() {
        ScanRecord scan = replicaA.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow();

        replicaA.fail(scan.id(), T0, "failed: " + "x".repeat(5000));

        assertThat(replicaA.find(scan.id()).orElseThrow().failure().orElseThrow()).hasSize(1000)
                .startsWith("failed: x");
    }

    @Test
    void failAbandonedMarksOnlyScansWhoseLeaseExpiredAndTheyStayFailed() {
        ScanRecord scan = replicaA.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow();

        assertThat(replicaB.failAbandoned(T0.plusSeconds(59), "abandoned")).isZero();
        assertThat(replicaB.failAbandoned(T0.plusSeconds(60), "abandoned")).isEqualTo(1);

        // Its replica, whose clock runs behind, still believes it holds the lease: completing is refused.
        assertThat(replicaA.complete(scan.id(), "replica-a", T0.plusSeconds(30), new Tally(5, 0, 0, 0), Map.of()))
                .isFalse();
        ScanRecord failed = replicaA.find(scan.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ScanStatus.FAILED);
        assertThat(failed.failure()).contains("abandoned");
        assertThat(replicaA.running()).isEmpty();
    }

    @Test
    void completeStoresTheTotalsAndCountsAndFreesTheLease() {
        ScanRecord scan = replicaA.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow();
        Map<Reason, Long> counts = Map.of(Reason.LICENSE_MISSING, 3L, Reason.METHODS_NOT_REGISTERED, 5L,
                Reason.SYNC_LATE, 2L);

        assertThat(replicaB.complete(scan.id(), "replica-b", T0.plusSeconds(10), new Tally(10, 1, 7, 2), counts))
                .as("not the holder").isFalse();
        assertThat(replicaA.complete(scan.id(), "replica-a", T0.plusSeconds(10), new Tally(10, 1, 7, 2), counts))
                .isTrue();

        ScanRecord complete = replicaB.find(scan.id()).orElseThrow();
        assertThat(complete.status()).isEqualTo(ScanStatus.COMPLETE);
        assertThat(complete.finishedAt()).contains(T0.plusSeconds(10));
        assertThat(complete.usersListed()).isEqualTo(10);
        assertThat(complete.guestsSkipped()).isEqualTo(1);
        assertThat(complete.usersBlocked()).isEqualTo(7);
        assertThat(complete.usersWithFindingsOnly()).isEqualTo(2);
        assertThat(complete.reasonCounts()).isEqualTo(counts);
        assertThat(replicaB.running()).isEmpty();
        assertThat(replicaB.begin(newScan(TENANT), "replica-b", T0.plusSeconds(11), LEASE)).isPresent();
        assertThat(replicaB.find(scan.id()).orElseThrow().status()).as("not marked abandoned")
                .isEqualTo(ScanStatus.COMPLETE);
    }

    @Test
    void completingAfterTheLeaseExpiredIsRefused() {
        ScanRecord scan = replicaA.begin(newScan(TENANT), "replica-a", T0, LEASE).orElseThrow();

        assertThat(replicaA.complete(scan.id(), "replica-a", T0.plus(LEASE), tally(List.of()), Map.of())).isFalse();

        assertThat(replicaA.find(scan.id()).orElseThrow().status()).isEqualTo(ScanStatus.RUNNING);
    }

    /** The users stored for the scan, in both lists. */
    private long flaggedOf(long scanId) {
        return Arrays.stream(FlaggedUser.Standing.values()).mapToLong(standing -> replicaA
                .flagged(scanId, new FlaggedQuery(standing, Optional.empty(), Optional.empty(), 0, 10)).total()).sum();
    }
}
