package dev.ssprpreflight.scan;

import static dev.ssprpreflight.scan.ScanFixtures.disabled;
import static dev.ssprpreflight.scan.ScanFixtures.disabledAndUnlicensed;
import static dev.ssprpreflight.scan.ScanFixtures.guest;
import static dev.ssprpreflight.scan.ScanFixtures.internalGuest;
import static dev.ssprpreflight.scan.ScanFixtures.objectId;
import static dev.ssprpreflight.scan.ScanFixtures.ready;
import static dev.ssprpreflight.scan.ScanFixtures.unlicensed;
import static dev.ssprpreflight.scan.ScanFixtures.unregistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.store.DatabaseScanStore;
import dev.ssprpreflight.testsupport.MovableClock;

/**
 * The scan runner over a scripted directory listing and the real store on an in-memory database: what
 * a complete scan stores (blocked users and users with findings only apart), one scan at a time across
 * replicas, progress, failures, a replica that stops or dies in the middle, and the diff between two scans.
 */
class ReadinessScansTest {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration AWAIT = Duration.ofSeconds(10);

    private final DatabaseScanStore store = ScanFixtures.freshStore();
    private final MovableClock clock = new MovableClock(ScanFixtures.NOW);
    private final List<ScheduledExecutorService> runners = new ArrayList<>();

    @AfterEach
    void stopRunners() {
        runners.forEach(ScheduledExecutorService::shutdownNow);
    }

    private ReadinessScans replica(String holder, TenantListing listing, java.time.Clock replicaClock) {
        return replica(holder, listing, replicaClock, LEASE);
    }

    private ReadinessScans replica(String holder, TenantListing listing, java.time.Clock replicaClock,
            Duration lease) {
        ScheduledExecutorService runner = Executors.newScheduledThreadPool(2);
        runners.add(runner);
        return ReadinessScans.create(listing, store, CheckCatalogue.standard(), CheckSettings.defaults(), replicaClock,
                runner, holder, lease);
    }

    private long started(StartResult result) {
        assertThat(result).isInstanceOf(StartResult.Started.class);
        return ((StartResult.Started) result).scanId();
    }

    private ScanRecord awaitStatus(long scanId, ScanStatus status) {
        await().atMost(AWAIT).until(() -> store.find(scanId).orElseThrow().status() == status);
        return store.find(scanId).orElseThrow();
    }

    private static ScanStore.FlaggedQuery everyone(FlaggedUser.Standing standing) {
        return new ScanStore.FlaggedQuery(standing, Optional.empty(), Optional.empty(), 0, 100);
    }

    @Test
    void aCompleteScanStoresBlockedUsersAndUsersWithFindingsOnlyApartAndSkipsExternalGuests() {
        var listing = new ScriptedListing().page(ready(1), disabled(2), guest(3))
                .page(unlicensed(4), unregistered(5), disabledAndUnlicensed(6), internalGuest(7));

        long id = started(replica("a", listing, clock).start(ScanRequest.wholeTenant(), "admin@contoso.example"));
        ScanRecord scan = awaitStatus(id, ScanStatus.COMPLETE);

        assertThat(scan.scope().isWholeTenant()).isTrue();
        assertThat(scan.startedBy()).isEqualTo("admin@contoso.example");
        assertThat(scan.usersTotal()).hasValue(7);
        assertThat(scan.usersListed()).isEqualTo(7);
        assertThat(scan.guestsSkipped()).as("the invited guest; the internal one is judged").isEqualTo(1);
        assertThat(scan.usersBlocked()).isEqualTo(3);
        assertThat(scan.usersWithFindingsOnly()).isEqualTo(1);
        assertThat(scan.reasonCounts()).as("a finding counts every user who has it, blocked or not")
                .isEqualTo(Map.of(Reason.ACCOUNT_DISABLED, 2L, Reason.METHODS_NOT_REGISTERED, 1L,
                        Reason.LICENSE_NOT_ASSIGNED, 2L));
        List<FlaggedUser> blocked = store.flagged(id, everyone(FlaggedUser.Standing.BLOCKED)).users();
        List<FlaggedUser> findingsOnly = store.flagged(id, everyone(FlaggedUser.Standing.FINDINGS_ONLY)).users();
        assertThat(blocked).extracting(FlaggedUser::objectId).containsExactlyInAnyOrder(objectId(2), objectId(5),
                objectId(6));
        assertThat(findingsOnly).extracting(FlaggedUser::objectId).containsExactly(objectId(4));
        assertThat(findingsOnly.get(0).reasons()).containsExactly(Reason.LICENSE_NOT_ASSIGNED);
        assertThat(blocked).filteredOn(user -> user.objectId().equals(objectId(6))).singleElement()
                .satisfies(user -> {
                    assertThat(user.blocks()).containsExactly(Reason.ACCOUNT_DISABLED);
                    assertThat(user.findings()).containsExactly(Reason.LICENSE_NOT_ASSIGNED);
                });
        assertThat(blocked).filteredOn(user -> user.objectId().equals(objectId(5))).singleElement()
                .satisfies(user -> {
                    assertThat(user.reasons()).containsExactly(Reason.METHODS_NOT_REGISTERED);
                    assertThat(user.registrationFromReport()).isTrue();
                });
        assertThat(blocked).filteredOn(user -> user.objectId().equals(objectId(2))).singleElement()
                .satisfies(user -> assertThat(user.registrationFromReport()).isFalse());
    }

    @Test
    void onlyOneScanRunsAtATimeAcrossReplicas() throws Exception {
        var listing = new ScriptedListing().page(ready(1)).page(disabled(2)).gateBefore(1);
        ReadinessScans first = replica("a", listing, clock);
        ReadinessScans other = replica("b", new ScriptedListing().page(ready(9)), clock);

        long id = started(first.start(ScanRequest.wholeTenant(), "admin"));
        assertThat(listing.reachedGate.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(first.start(ScanRequest.wholeTenant(), "admin")).isEqualTo(new StartResult.AlreadyRunning(id));
        assertThat(other.start(ScanRequest.wholeTenant(), "admin")).isEqualTo(new StartResult.AlreadyRunning(id));
        listing.openGate.countDown();
        assertThat(awaitStatus(id, ScanStatus.COMPLETE).usersBlocked()).isEqualTo(1);
        assertThat(started(other.start(ScanRequest.wholeTenant(), "admin"))).isNotEqualTo(id);
    }

    @Test
    void progressCountsTheStoredPagesAndEstimatesTheRestAtThePaceSoFar() throws Exception {
        var listing = new ScriptedListing().page(ready(1), disabled(2)).page(ready(3), ready(4)).gateBefore(1);

        long id = started(replica("a", listing, clock).start(ScanRequest.wholeTenant(), "admin"));
        assertThat(listing.reachedGate.await(10, TimeUnit.SECONDS)).isTrue();
        clock.move(Duration.ofSeconds(10));
        ScanProgress progress = ScanProgress.of(store.find(id).orElseThrow(), clock.instant());

        assertThat(progress.listed()).isEqualTo(2);
        assertThat(progress.total()).contains(4L);
        assertThat(progress.elapsed()).isEqualTo(Duration.ofSeconds(10));
        assertThat(progress.remaining()).contains(Duration.ofSeconds(10));
        assertThat(progress.percent()).hasValue(50);
        assertThat(progress.finished()).isFalse();
        assertThat(store.find(id).orElseThrow().usersBlocked()).isEqualTo(1);

        listing.openGate.countDown();
        ScanRecord done = awaitStatus(id, ScanStatus.COMPLETE);
        assertThat(ScanProgress.of(done, clock.instant()).percent()).hasValue(100);
    }

    @Test
    void aDirectoryFailureMarksTheScanFailedAndItNeverCountsAsAResult() {
        var listing = new ScriptedListing().page(disabled(1)).page(disabled(2))
                .failAfter(0, "GET users page: 403 Authorization_RequestDenied; grant User.Read.All");

        long id = started(replica("a", listing, clock).start(ScanRequest.wholeTenant(), "admin"));
        ScanRecord scan = awaitStatus(id, ScanStatus.FAILED);

        assertThat(scan.failure()).hasValueSatisfying(why -> assertThat(why).contains("User.Read.All"));
        assertThat(scan.finishedAt()).isPresent();
        assertThat(store.completed(ScanScope.wholeTenant(), 10)).isEmpty();
        assertThat(store.running()).isEmpty();
    }

    @Test
    void aReplicaThatShutsDownMidScanMarksItsScanFailed() throws Exception {
        var listing = new ScriptedListing().page(disabled(1)).page(disabled(2)).gateBefore(1);
        ReadinessScans replica = replica("a", listing, clock);

        long id = started(replica.start(ScanRequest.wholeTenant(), "admin"));
        assertThat(listing.reachedGate.await(10, TimeUnit.SECONDS)).isTrue();
        runners.get(0).shutdownNow();

        ScanRecord scan = awaitStatus(id, ScanStatus.FAILED);
        assertThat(scan.failure()).hasValueSatisfying(why -> assertThat(why).contains("shut down"));
        assertThat(scan.usersListed()).isEqualTo(1);
        assertThat(store.completed(ScanScope.wholeTenant(), 10)).isEmpty();
    }

    /** The runner took the scan but shut down before the scan could start its heartbeat. */
    @Test
    void aScanWhoseRunnerShutsDownBeforeItStartsIsMarkedFailedAtOnce() {
        ScheduledThreadPoolExecutor stopping = new ScheduledThreadPoolExecutor(1) {
            @Override
            public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period,
                    TimeUnit unit) {
                throw new RejectedExecutionException("shut down");
            }
        };
        runners.add(stopping);
        ReadinessScans scans = ReadinessScans.create(new ScriptedListing().page(disabled(1)), store,
                CheckCatalogue.standard(), CheckSettings.defaults(), clock, stopping, "a", LEASE);

        long id = started(scans.start(ScanRequest.wholeTenant(), "admin"));

        ScanRecord scan = awaitStatus(id, ScanStatus.FAILED);
        assertThat(scan.failure()).hasValueSatisfying(why -> assertThat(why).contains("shut down"));
        assertThat(store.running()).isEmpty();
    }

    @Test
    void aScanWhoseReplicaDiedIsMarkedFailedOnceItsLeaseExpiredAndCanNeverComplete() throws Exception {
        var dying = new ScriptedListing().page(disabled(1)).page(disabled(2)).gateBefore(1);
        long abandoned = started(replica("a", dying, clock).start(ScanRequest.wholeTenant(), "admin"));
        assertThat(dying.reachedGate.await(10, TimeUnit.SECONDS)).isTrue();

        MovableClock later = new MovableClock(clock.instant());
        later.move(LEASE.plusSeconds(1));
        ReadinessScans survivor = replica("b", new ScriptedListing().page(unlicensed(3)), later);
        long next = started(survivor.start(ScanRequest.wholeTenant(), "admin"));

        assertThat(store.find(abandoned).orElseThrow().status()).isEqualTo(ScanStatus.FAILED);
        assertThat(store.find(abandoned).orElseThrow().failure()).contains(ReadinessScans.ABANDONED);
        awaitStatus(next, ScanStatus.COMPLETE);
        // The "dead" replica wakes up: its next page is refused, and its scan stays failed.
        dying.openGate.countDown();
        assertThat(dying.finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(store.find(abandoned).orElseThrow().status()).isEqualTo(ScanStatus.FAILED);
        assertThat(store.find(abandoned).orElseThrow().usersListed()).isEqualTo(1);
    }

    /**
     * A page slower than the lease (the Graph adapter reads the whole registration report before its first
     * page) does not lose the scan: a heartbeat renews the lease. Real time here, as the heartbeat is; the
     * margins are wide (a heartbeat every second against a 3 s lease, watched for 5 s).
     */
    @Test
    void aSlowPageKeepsItsLeaseThroughTheHeartbeat() throws Exception {
        var slow = new ScriptedListing().page(disabled(1)).gateBefore(0);
        ReadinessScans scans = replica("a", slow, java.time.Clock.systemUTC(), Duration.ofSeconds(3));
        ReadinessScans other = replica("b", new ScriptedListing().page(ready(2)), java.time.Clock.systemUTC());

        long id = started(scans.start(ScanRequest.wholeTenant(), "admin"));
        assertThat(slow.reachedGate.await(10, TimeUnit.SECONDS)).isTrue();
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8))
                .until(() -> other.running().map(ScanRecord::id).equals(Optional.of(id)));
        assertThat(other.start(ScanRequest.wholeTenant(), "admin")).isEqualTo(new StartResult.AlreadyRunning(id));

        slow.openGate.countDown();
        assertThat(awaitStatus(id, ScanStatus.COMPLETE).usersBlocked()).isEqualTo(1);
    }

    @Test
    void theDiffShowsWhoIsNewlyBlockedAndWhoNoLongerIsAndFindingsAreNoChange() {
        long before = started(replica("a", new ScriptedListing().page(disabled(1), disabled(2), ready(3),
                unlicensed(4), disabledAndUnlicensed(5), ready(6), unlicensed(7)), clock)
                .start(ScanRequest.wholeTenant(), "admin"));
        awaitStatus(before, ScanStatus.COMPLETE);
        clock.move(Duration.ofDays(1));
        long after = started(replica("a", new ScriptedListing().page(ready(1), disabled(2), disabled(3),
                disabledAndUnlicensed(4), unlicensed(5), unlicensed(6), unlicensed(7)), clock)
                .start(ScanRequest.wholeTenant(), "admin"));
        ScanRecord latest = awaitStatus(after, ScanStatus.COMPLETE);

        assertThat(store.previousComplete(latest)).map(ScanRecord::id).contains(before);
        ScanStore.ScanDiff diff = store.diff(before, after, 10);
        assertThat(diff.newlyBlockedCount()).as("3 was ready, 4 had a finding only").isEqualTo(2);
        assertThat(diff.newlyBlocked()).extracting(FlaggedUser::objectId).containsExactly(objectId(3), objectId(4));
        assertThat(diff.noLongerBlockedCount()).as("1 is ready, 5 is down to a finding").isEqualTo(2);
        assertThat(diff.noLongerBlocked()).extracting(FlaggedUser::objectId).containsExactly(objectId(1),
                objectId(5));
        assertThat(store.completed(ScanScope.wholeTenant(), 10)).extracting(ScanRecord::id).containsExactly(after,
                before);
    }

    @Test
    void aGroupIsFoundByNameAndOnlyItsMembersAreScanned() {
        var listing = new ScriptedListing().page(ready(1), ready(2), ready(3))
                .group("g-finance", "Finance", disabled(7), ready(8))
                .group("g-falcon-1", "Falcon", ready(9)).group("g-falcon-2", "Falcon", unlicensed(10));
        ReadinessScans scans = replica("a", listing, clock);

        assertThat(scans.start(new ScanRequest(Optional.of("Nope"), Optional.empty()), "admin"))
                .isEqualTo(new StartResult.GroupNotFound("Nope"));
        assertThat(scans.start(new ScanRequest(Optional.of("Falcon"), Optional.empty()), "admin"))
                .isInstanceOfSatisfying(StartResult.GroupAmbiguous.class,
                        ambiguous -> assertThat(ambiguous.groups()).hasSize(2));
        assertThat(store.recent(10)).isEmpty();

        long finance = started(scans.start(new ScanRequest(Optional.of(" Finance "), Optional.empty()), "admin"));
        ScanRecord scan = awaitStatus(finance, ScanStatus.COMPLETE);
        assertThat(scan.scope()).isEqualTo(ScanScope.group("g-finance", "Finance"));
        assertThat(scan.usersListed()).isEqualTo(2);
        assertThat(scan.usersBlocked()).isEqualTo(1);

        long falcon = started(scans.start(new ScanRequest(Optional.of("Falcon"), Optional.of("g-falcon-2")), "admin"));
        ScanRecord falconScan = awaitStatus(falcon, ScanStatus.COMPLETE);
        assertThat(falconScan.reasonCounts()).containsOnlyKeys(Reason.LICENSE_NOT_ASSIGNED);
        assertThat(falconScan.usersBlocked()).isZero();
        assertThat(falconScan.usersWithFindingsOnly()).isEqualTo(1);
        assertThat(listing.listings.get()).isEqualTo(2);
    }
}
