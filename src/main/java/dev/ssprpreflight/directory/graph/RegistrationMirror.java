package dev.ssprpreflight.directory.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import com.microsoft.graph.serviceclient.GraphServiceClient;

import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.directory.MirrorStore;
import io.quarkus.logging.Log;

/**
 * A local copy of {@code reports/authenticationMethods/userRegistrationDetails}: the report allows
 * about 5 requests per 10 s, far too few to ask it per check on a busy morning. The whole list is read
 * by the {@link RegistrationReportReader} (page by page, each page drawing a slot from the {@link ReportsBudget}) and
 * swapped in at once when complete. A failed refresh keeps the previous copy. Until a first copy is complete
 * (paged here or loaded from the shared store), the budget lets the mirror's pages go before every other
 * consumer; the mirror tells it when that copy is there, or when its refresh stopped without one.
 * <p>
 * With a {@link Sharing} ({@code sspr.graph.registration-mirror.store=database}) the replicas behave as
 * one: {@link #sync()} keeps (or takes over) a lease in the {@link MirrorStore}; only the lease holder
 * pages the report, when the shared copy is older than the refresh period, and publishes the rows; every
 * other replica loads the shared copy when its version changes. A holder that dies stops renewing, and
 * the next replica to sync after the lease expired takes over.
 */
final class RegistrationMirror {

    /**
     * How soon a refresh is tried again while no copy was ever complete: every verdict on registration waits for
     * that first copy, so a failure must not leave the checks without it for a whole refresh period.
     */
    static final Duration FIRST_COPY_RETRY = Duration.ofMinutes(1);

    private final RegistrationReportReader reader;
    private final ReportsBudget budget;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final Optional<Sharing> sharing;
    private final Duration refreshEvery;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Optional.empty());
    /** The version of the shared copy in {@link #snapshot}, 0 when none was loaded (shared mode only). */
    private long loadedVersion;
    /** When this instance last paged the report (as the lease holder, when shared). */
    private Optional<Instant> lastPagedAt = Optional.empty();

    /**
     * How this replica shares the mirror.
     *
     * @param store the shared lease and rows
     * @param holder this replica's lease-holder id, unique among the replicas
     * @param leaseDuration how long a lease lasts unless renewed; longer than the sync period
     */
    record Sharing(MirrorStore store, String holder, Duration leaseDuration) {
    }

    /**
     * Rows by object id and by lower-case UPN, each with the report's {@code isAdmin} in {@link RegistrationReport#admin()}.
     */
    private record Snapshot(Map<String, RegistrationReport> byId, Map<String, RegistrationReport> byUpn,
            Optional<Instant> completedAt) {

        static Snapshot of(List<MirrorStore.Row> rows, Instant completedAt) {
            Map<String, RegistrationReport> byId = new HashMap<>();
            Map<String, RegistrationReport> byUpn = new HashMap<>();
            for (MirrorStore.Row row : rows) {
                byId.put(row.objectId(), row.report());
                if (row.userPrincipalName() != null) {
                    byUpn.put(row.userPrincipalName().toLowerCase(Locale.ROOT), row.report());
                }
            }
            return new Snapshot(Map.copyOf(byId), Map.copyOf(byUpn), Optional.of(completedAt));
        }
    }

    /** The outcome of one refresh, for logs, tests and the health page. */
    record Refresh(boolean complete, int rows, int pages, Optional<String> failure) {
    }

    /** A mirror of one instance that tests refresh by hand. */
    RegistrationMirror(GraphServiceClient client, ReportsBudget budget, Clock clock) {
        this(client, budget, clock, Duration.ofMinutes(30), Optional.empty());
    }

    /**
     * @param refreshEvery how old the copy may get before {@link #sync()} pages the report again
     * @param sharing how the replicas share it; empty for one instance
     */
    RegistrationMirror(GraphServiceClient client, ReportsBudget budget, Clock clock, Duration refreshEvery,
            Optional<Sharing> sharing) {
        this.reader = new RegistrationReportReader(client, budget);
        this.budget = budget;
        this.clock = clock;
        this.refreshEvery = refreshEvery;
        this.sharing = sharing;
    }

    Optional<RegistrationReport> byObjectId(String objectId) {
        return Optional.ofNullable(snapshot.byId().get(objectId.toLowerCase(Locale.ROOT)));
    }

    Optional<RegistrationReport> byUserPrincipalName(String upn) {
        return Optional.ofNullable(snapshot.byUpn().get(upn.toLowerCase(Locale.ROOT)));
    }

    /** Age of the copy: time since the last complete refresh; empty before the first one. */
    Optional<Duration> age() {
        return snapshot.completedAt().map(at -> Duration.between(at, clock.instant()));
    }

    int size() {
        return snapshot.byId().size();
    }

    /**
     * Reads the whole report again now; a refresh already running makes this one return at once. When
     * shared, only as the lease holder (taking the lease if it is free), and the rows are published.
     */
    Refresh refresh() {
        if (!refreshing.tryLock()) {
            return new Refresh(false, 0, 0, Optional.of("a refresh is already running"));
        }
        try {
            return refreshHoldingLock();
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * For a readiness scan, which needs the rows of the whole tenant: when no refresh ever completed, waits
     * for one that is running, and if that did not complete either, refreshes now. Pages the report within
     * the reports budget like any refresh, so a large tenant's first refresh takes minutes.
     *
     * @return the refresh made; empty when the mirror had a complete copy (perhaps after waiting)
     */
    Optional<Refresh> refreshUnlessEverCompleted() throws InterruptedException {
        if (snapshot.completedAt().isPresent()) {
            return Optional.empty();
        }
        refreshing.lockInterruptibly();
        try {
            return snapshot.completedAt().isPresent() ? Optional.empty() : Optional.of(refreshHoldingLock());
        } finally {
            refreshing.unlock();
        }
    }

    private Refresh refreshHoldingLock() {
        if (sharing.isEmpty()) {
            return readAllPages();
        }
        Sharing shared = sharing.get();
        if (!shared.store().tryLease(shared.holder(), clock.instant(), shared.leaseDuration())) {
            return loadSharedCopy(Optional.of("another replica holds the refresh lease"));
        }
        return readAllPages();
    }

    /**
     * The scheduled step. Alone: a refresh. Shared: renew or take the lease; the holder pages the report
     * when the shared copy is due, every other replica loads the shared copy if it changed.
     */
    Refresh sync() {
        if (sharing.isEmpty()) {
            Instant now = clock.instant();
            if (!pagingDue(now)) {
                return new Refresh(snapshot.completedAt().isPresent(), snapshot.byId().size(), 0, Optional.empty());
            }
            lastPagedAt = Optional.of(now);
            return refresh();
        }
        if (!refreshing.tryLock()) {
            return new Refresh(false, 0, 0, Optional.of("a refresh is already running"));
        }
        try {
            Sharing shared = sharing.get();
            Instant now = clock.instant();
            if (!shared.store().tryLease(shared.holder(), now, shared.leaseDuration())) {
                return loadSharedCopy(Optional.empty());
            }
            // The holder: take a newer copy first (a previous holder's), then page only if it is due.
            Refresh loaded = loadSharedCopy(Optional.empty());
            if (!pagingDue(now)) {
                return loaded;
            }
            lastPagedAt = Optional.of(now);
            return readAllPages();
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * Whether the report is to be paged now: the copy is older than the refresh period (or there is none), and the
     * last try is not too recent: a refresh period ago, or a minute while no copy was ever complete.
     */
    private boolean pagingDue(Instant now) {
        boolean copyDue = snapshot.completedAt().map(at -> Duration.between(at, now).compareTo(refreshEvery) >= 0)
                .orElse(true);
        Duration retryAfter = snapshot.completedAt().isPresent() ? refreshEvery : FIRST_COPY_RETRY;
        boolean triedLately = lastPagedAt.map(at -> Duration.between(at, now).compareTo(retryAfter) < 0).orElse(false);
        return copyDue && !triedLately;
    }

    /** Gives up the lease (shutdown), so that another replica takes over without waiting for expiry. */
    void releaseLease() {
        sharing.ifPresent(shared -> shared.store().release(shared.holder()));
    }

    /**
     * Asked before each page: when shared, renews the lease, and a lease that passed to another replica (or a database
     * failure, which counts as one) stops the read.
     */
    private Optional<String> leaseLost() {
        if (sharing.isEmpty()) {
            return Optional.empty();
        }
        Sharing shared = sharing.get();
        try {
            if (shared.store().tryLease(shared.holder(), clock.instant(), shared.leaseDuration())) {
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            Log.warnf("Could not renew the registration-mirror lease: %s", e.getMessage());
        }
        return Optional.of("the refresh lease passed to another replica");
    }

    private Refresh loadSharedCopy(Optional<String> note) {
        MirrorStore store = sharing.orElseThrow().store();
        if (store.version() != loadedVersion) {
            store.read().ifPresent(copy -> {
                snapshot = Snapshot.of(copy.rows(), copy.completedAt());
                loadedVersion = copy.version();
                budget.mirrorCompleted();
                Log.infof("Registration mirror loaded from the shared copy: %d users", snapshot.byId().size());
            });
        }
        return new Refresh(snapshot.completedAt().isPresent(), snapshot.byId().size(), 0, note);
    }

    private Refresh readAllPages() {
        RegistrationReportReader.Read read = reader.readAll(this::leaseLost);
        if (read.rows().isEmpty()) {
            return failed(read.pages(), read.failure().orElse("incomplete"));
        }
        List<MirrorStore.Row> rows = read.rows().get();
        Instant completedAt = clock.instant();
        if (sharing.isPresent()) {
            Sharing shared = sharing.get();
            if (!shared.store().publish(shared.holder(), clock.instant(), completedAt, rows)) {
                return failed(read.pages(), "the refresh lease passed to another replica before the rows were stored");
            }
            loadedVersion = shared.store().version();
        }
        snapshot = Snapshot.of(rows, completedAt);
        budget.mirrorCompleted();
        Log.infof("Registration mirror refreshed: %d users in %d pages", snapshot.byId().size(), read.pages());
        return new Refresh(true, snapshot.byId().size(), read.pages(), Optional.empty());
    }

    private Refresh failed(int pages, String why) {
        budget.mirrorStopped();
        Log.warnf("Registration mirror refresh stopped after %d pages, keeping the previous copy: %s", pages, why);
        return new Refresh(false, 0, pages, Optional.of(why));
    }
}
