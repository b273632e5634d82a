package dev.ssprpreflight.scan;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.Reason;

/**
 * Starts readiness scans and runs them in the background: the check catalogue over every user of the
 * tenant or of one group, page by page as the {@link TenantListing} delivers them, each page's flagged
 * users (blocked, or with findings only) stored as it arrives so that nothing but one page is ever held in
 * memory.
 * <p>
 * One scan at a time across replicas: the {@link ScanStore} hands out the scan's lease, and every stored
 * page renews it, as does a heartbeat every third of the lease while a page is slow to come (the Graph
 * adapter first reads the whole registration report into its mirror, minutes for a large tenant, and
 * waits out throttling). A scan that cannot go on (the directory failed, the application stopped) is marked
 * failed with the reason; only a scan that read the last page is marked complete.
 */
public final class ReadinessScans {

    private static final Logger LOG = Logger.getLogger(ReadinessScans.class.getName());

    /** Why a scan whose lease expired was marked failed. */
    public static final String ABANDONED = "interrupted: its replica stopped before it finished (restart or crash)";

    private final TenantListing listing;
    private final ScanStore store;
    private final ScanJudge judge;
    private final Clock clock;
    private final ScheduledExecutorService runner;
    private final String holder;
    private final Duration lease;

    /**
     * @param judge the check catalogue and settings the live checks use
     * @param runner runs the scan and its heartbeat: two threads, as one scan runs at a time
     * @param holder this replica's lease-holder id, unique among the replicas
     * @param lease how long a scan's lease lasts unless a stored page or the heartbeat renews it: a replica
     *        that died is recognised after this
     */
    ReadinessScans(TenantListing listing, ScanStore store, ScanJudge judge, Clock clock,
            ScheduledExecutorService runner,
            String holder, Duration lease) {
        this.listing = listing;
        this.store = store;
        this.judge = judge;
        this.clock = clock;
        this.runner = runner;
        this.holder = holder;
        this.lease = lease;
    }

    /** For the wiring and the benchmark: a service over the given catalogue and settings. */
    public static ReadinessScans create(TenantListing listing, ScanStore store, CheckCatalogue catalogue,
            CheckSettings settings, Clock clock, ScheduledExecutorService runner, String holder, Duration lease) {
        return new ReadinessScans(listing, store, new ScanJudge(catalogue, settings), clock, runner, holder, lease);
    }

    /**
     * Starts a scan in the background, unless the group cannot be found or another scan runs.
     *
     * @param startedBy the admin's name, or {@code schedule}
     */
    public StartResult start(ScanRequest request, String startedBy) {
        ScanScope scope;
        Optional<String> groupName = request.group();
        if (groupName.isEmpty()) {
            scope = ScanScope.wholeTenant();
        } else {
            List<TenantListing.Group> groups;
            try {
                groups = listing.findGroups(groupName.get());
            } catch (TenantListing.ListingFailure e) {
                return new StartResult.DirectoryUnavailable(e.getMessage());
            }
            List<TenantListing.Group> chosen = request.groupId()
                    .map(id -> groups.stream().filter(group -> group.id().equalsIgnoreCase(id)).toList())
                    .orElse(groups);
            if (chosen.isEmpty()) {
                return new StartResult.GroupNotFound(groupName.get());
            }
            if (chosen.size() > 1) {
                return new StartResult.GroupAmbiguous(groupName.get(), chosen);
            }
            scope = ScanScope.group(chosen.get(0).id(), chosen.get(0).displayName());
        }
        Optional<ScanRecord> running = running();
        if (running.isPresent()) {
            // Checked before counting, so that a busy scanner costs the directory nothing; begin() decides.
            return new StartResult.AlreadyRunning(running.get().id());
        }
        OptionalLong total = listing.countUsers(scope);
        Optional<ScanRecord> begun = store.begin(new ScanStore.NewScan(scope, startedBy, total), holder,
                clock.instant(), lease);
        if (begun.isEmpty()) {
            return new StartResult.AlreadyRunning(store.running().map(ScanRecord::id).orElse(0L));
        }
        ScanRecord scan = begun.get();
        try {
            runner.execute(() -> run(scan));
        } catch (RejectedExecutionException e) {
            store.fail(scan.id(), clock.instant(), "the application is shutting down");
            return new StartResult.DirectoryUnavailable("the application is shutting down");
        }
        LOG.info(() -> "Readiness scan " + scan.id() + " started by " + startedBy + " over "
                + scope.groupName().map(name -> "group " + name).orElse("the whole tenant"));
        return new StartResult.Started(scan.id());
    }

    /**
     * The scan running now on any replica, if any. A scan whose replica stopped without a word (crash,
     * kill) is marked failed here once its lease has expired, so that nobody waits on it.
     */
    public Optional<ScanRecord> running() {
        store.failAbandoned(clock.instant(), ABANDONED);
        return store.running();
    }

    /** How far the scan has got, by this service's clock. */
    public ScanProgress progress(ScanRecord scan) {
        return ScanProgress.of(scan, clock.instant());
    }

    /** The page-by-page work of one scan, on the runner's thread. */
    private void run(ScanRecord scan) {
        Totals totals = new Totals();
        long beatMillis = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> heartbeat;
        try {
            heartbeat = runner.scheduleAtFixedRate(() -> renewLease(scan.id(), totals), beatMillis, beatMillis,
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The runner shut down between start() and here: say so now rather than leave the scan running
            // until its lease expires.
            failQuietly(scan.id(), "stopped: the application shut down");
            return;
        }
        try {
            listing.forEachPage(scan.scope(), users -> recordPage(scan.id(), users, totals));
            if (!store.complete(scan.id(), holder, clock.instant(), totals.tally(), totals.reasonCounts())) {
                LOG.warning(() -> "Readiness scan " + scan.id() + " read every page but was no longer ours to complete");
                return;
            }
            LOG.info(() -> "Readiness scan " + scan.id() + " complete: " + totals.listed + " users, "
                    + totals.blocked + " blocked, " + totals.findingsOnly + " with findings only");
        } catch (TenantListing.ListingFailure e) {
            failQuietly(scan.id(), e.getMessage());
        } catch (InterruptedException e) {
            failQuietly(scan.id(), "stopped: the application shut down");
            Thread.currentThread().interrupt();
        } catch (LeaseLost e) {
            LOG.warning(() -> "Readiness scan " + scan.id() + " stopped: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Readiness scan " + scan.id() + " failed", e);
            failQuietly(scan.id(), "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            heartbeat.cancel(false);
        }
    }

    /**
     * Renews the lease with the totals so far and no new users, under the same lock as a page, so that
     * an older tally never overwrites a newer one. A refusal needs no action here: the next page is
     * refused too and ends the scan.
     */
    private void renewLease(long scanId, Totals totals) {
        try {
            synchronized (totals) {
                store.recordPage(scanId, holder, clock.instant(), lease, totals.tally(), List.of());
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Readiness scan " + scanId + ": could not renew its lease: " + e.getMessage());
        }
    }

    private void recordPage(long scanId, List<ListedUser> users, Totals totals) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        List<FlaggedUser> flagged = new ArrayList<>();
        long guests = 0;
        var now = clock.instant();
        for (ListedUser listed : users) {
            if (judge.isExternal(listed, now)) {
                guests++;
                continue;
            }
            judge.judge(listed, now).ifPresent(flagged::add);
        }
        synchronized (totals) {
            totals.add(users.size(), guests, flagged);
            if (!store.recordPage(scanId, holder, clock.instant(), lease, totals.tally(), flagged)) {
                throw new LeaseLost("its lease passed to another replica, or it was marked failed");
            }
        }
    }

    private void failQuietly(long scanId, String why) {
        try {
            store.fail(scanId, clock.instant(), why);
            LOG.warning(() -> "Readiness scan " + scanId + " failed: " + why);
        } catch (RuntimeException e) {
            // The lease expires and the next start marks the scan failed; it is never shown as complete.
            LOG.log(Level.SEVERE, "Readiness scan " + scanId + " failed (" + why + ") and could not be marked so", e);
        }
    }

    /**
     * The running totals of one scan. Only users with a block count as blocked; the counts per reason hold
     * findings too, each counting every user who has it, blocked or not.
     */
    private static final class Totals {
        long listed;
        long guests;
        long blocked;
        long findingsOnly;
        final Map<Reason, Long> reasons = new EnumMap<>(Reason.class);

        void add(int pageSize, long pageGuests, List<FlaggedUser> pageFlagged) {
            listed += pageSize;
            guests += pageGuests;
            for (FlaggedUser user : pageFlagged) {
                if (user.blocked()) {
                    blocked++;
                } else {
                    findingsOnly++;
                }
                user.reasons().forEach(reason -> reasons.merge(reason, 1L, Long::sum));
            }
        }

        ScanStore.Tally tally() {
            return new ScanStore.Tally(listed, guests, blocked, findingsOnly);
        }

        Map<Reason, Long> reasonCounts() {
            return Map.copyOf(reasons);
        }
    }

    /** The store refused a page: another replica has taken the scan over or marked it failed. */
    private static final class LeaseLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeaseLost(String message) {
            super(message, null, false, false);
        }
    }
}
