package dev.ssprpreflight.scan.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.jdbc.StateRowLease;
import dev.ssprpreflight.jdbc.Transactions;
import dev.ssprpreflight.scan.FlaggedUser;
import dev.ssprpreflight.scan.ReadinessScans;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.scan.ScanStore;
import io.quarkus.arc.Unremovable;

/**
 * Readiness scans in the application's database (tables of {@code V120__Readiness_scans.sql}, with the
 * users that have findings only since {@code V130__Scan_findings.sql}), shared by every replica. Plain JDBC with portable SQL,
 * so that the same migration and statements run on PostgreSQL
 * (several replicas) and on the embedded H2 database, as {@code DatabaseMirrorStore} does.
 * <p>
 * One scan at a time: the single row of {@code readiness_scan_lock} is the lease ({@link StateRowLease} per
 * subject, the subject being the scan), and every write that needs it (begin, a page,
 * complete) changes the lock row first and the scan's rows after, in one transaction, so the lease and
 * what it guards never disagree and two such transactions always lock in the same order.
 */
@Singleton
@Unremovable
public class DatabaseScanStore implements ScanStore {

    private static final StateRowLease LEASE = StateRowLease.perSubject("readiness_scan_lock", "scan_id");

    private final DataSource dataSource;

    @Inject
    public DatabaseScanStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<ScanRecord> begin(NewScan scan, String holder, Instant now, Duration lease) {
        return Transactions.commitIf(dataSource, "begin a readiness scan", Optional::isPresent, connection -> {
            if (!LEASE.take(connection, holder, now, lease)) {
                return Optional.empty();
            }
            // The lease was free or expired, so any scan still running has lost its replica.
            ScanWriter.failAbandoned(connection, now, ReadinessScans.ABANDONED);
            long scanId = ScanWriter.insert(connection, scan, now);
            LEASE.bind(connection, scanId);
            return ScanReader.newest(connection, ScanReader.withId(scanId));
        });
    }

    @Override
    public boolean recordPage(long scanId, String holder, Instant now, Duration lease, Tally totals,
            List<FlaggedUser> flagged) {
        return Transactions.commitIf(dataSource, "store a page of readiness scan " + scanId, stored -> stored,
                connection -> {
                    if (!LEASE.renew(connection, scanId, holder, now, lease)
                            || !ScanWriter.updateTotals(connection, scanId, totals)) {
                        return false;
                    }
                    FlaggedUserWriter.insert(connection, scanId, flagged);
                    return true;
                });
    }

    @Override
    public boolean complete(long scanId, String holder, Instant now, Tally totals, Map<Reason, Long> reasonCounts) {
        return Transactions.commitIf(dataSource, "complete readiness scan " + scanId, completed -> completed,
                connection -> LEASE.releaseHeld(connection, scanId, holder, now)
                        && ScanWriter.complete(connection, scanId, now, totals, reasonCounts));
    }

    @Override
    public void fail(long scanId, Instant now, String why) {
        Transactions.inTransaction(dataSource, "mark readiness scan " + scanId + " failed", connection -> {
            LEASE.releaseSubject(connection, scanId);
            ScanWriter.fail(connection, scanId, now, why);
            return null;
        });
    }

    @Override
    public int failAbandoned(Instant now, String why) {
        return Transactions.inTransaction(dataSource, "mark abandoned readiness scans failed",
                connection -> ScanWriter.failAbandoned(connection, now, why));
    }

    @Override
    public Optional<ScanRecord> find(long scanId) {
        return Transactions.read(dataSource, "read readiness scan " + scanId,
                connection -> ScanReader.newest(connection, ScanReader.withId(scanId)));
    }

    @Override
    public Optional<ScanRecord> running() {
        return Transactions.read(dataSource, "read the running readiness scan",
                connection -> ScanReader.newest(connection, ScanReader.withStatus(ScanStatus.RUNNING)));
    }

    @Override
    public List<ScanRecord> recent(int limit) {
        return Transactions.read(dataSource, "read the latest readiness scans",
                connection -> ScanReader.newestFirst(connection, ScanReader.any(), limit));
    }

    @Override
    public List<ScanRecord> completed(ScanScope scope, int limit) {
        return Transactions.read(dataSource, "read the complete readiness scans",
                connection -> ScanReader.newestFirst(connection, completeOf(scope), limit));
    }

    @Override
    public Optional<ScanRecord> previousComplete(ScanRecord scan) {
        return Transactions.read(dataSource, "read the readiness scan before scan " + scan.id(),
                connection -> ScanReader.newest(connection,
                        completeOf(scan.scope()).and(ScanReader.before(scan.id()))));
    }

    @Override
    public FlaggedPage flagged(long scanId, FlaggedQuery query) {
        if (query.page() < 0 || query.pageSize() < 1) {
            throw new IllegalArgumentException("A page from 0 of at least one user, not " + query);
        }
        SqlCondition matching = FlaggedUserConditions.matching(scanId, query);
        var window = new FlaggedUserReader.Window((long) query.page() * query.pageSize(), query.pageSize());
        return Transactions.read(dataSource, "read the flagged users of readiness scan " + scanId,
                connection -> new FlaggedPage(FlaggedUserReader.list(connection, matching, window),
                        FlaggedUserReader.count(connection, matching)));
    }

    @Override
    public void forEachFlagged(long scanId, FlaggedQuery query, Consumer<FlaggedUser> each) {
        Transactions.inTransaction(dataSource, "read the flagged users of readiness scan " + scanId, connection -> {
            FlaggedUserReader.stream(connection, FlaggedUserConditions.matching(scanId, query), each);
            return null;
        });
    }

    @Override
    public ScanDiff diff(long earlierScanId, long laterScanId, int sampleLimit) {
        SqlCondition newlyBlocked = FlaggedUserConditions.blockedOnlyIn(laterScanId, earlierScanId);
        SqlCondition noLongerBlocked = FlaggedUserConditions.blockedOnlyIn(earlierScanId, laterScanId);
        var sample = new FlaggedUserReader.Window(0, sampleLimit);
        return Transactions.read(dataSource, "compare readiness scans " + earlierScanId + " and " + laterScanId,
                connection -> new ScanDiff(FlaggedUserReader.count(connection, newlyBlocked),
                        FlaggedUserReader.list(connection, newlyBlocked, sample),
                        FlaggedUserReader.count(connection, noLongerBlocked),
                        FlaggedUserReader.list(connection, noLongerBlocked, sample)));
    }

    @Override
    public int deleteStartedBefore(Instant cutoff) {
        return Transactions.inTransaction(dataSource, "delete old readiness scans",
                connection -> ScanWriter.deleteStartedBefore(connection, cutoff));
    }

    private static SqlCondition completeOf(ScanScope scope) {
        return ScanReader.withStatus(ScanStatus.COMPLETE).and(ScanReader.ofScope(scope));
    }
}
