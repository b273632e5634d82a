package dev.ssprpreflight.scan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import dev.ssprpreflight.check.Reason;

/**
 * Where scans and their results live, shared by every replica. One scan runs at a time across all
 * replicas: {@link #begin} takes a lease that the running replica renews with every page; a replica that
 * dies stops renewing, and its scan is marked failed once the lease has expired, never left half-done
 * as if complete.
 */
public interface ScanStore {

    /**
     * Begins a scan for {@code holder} unless another scan is running under an unexpired lease. Scans
     * whose lease expired by {@code now} are marked failed first.
     *
     * @return the new scan, {@link ScanStatus#RUNNING}; empty when another scan is running
     */
    Optional<ScanRecord> begin(NewScan scan, String holder, Instant now, Duration lease);

    /**
     * Stores one page's flagged users (blocked, or with findings only) and the running totals, and renews
     * the lease, in one transaction, if {@code holder} still holds the scan's lease.
     *
     * @return whether it was stored; {@code false} when the scan is no longer this holder's to write
     */
    boolean recordPage(long scanId, String holder, Instant now, Duration lease, Tally totals,
            List<FlaggedUser> flagged);

    /**
     * Marks the scan complete with its counts per reason (blocks and findings) and frees the lease, if
     * {@code holder} still holds it.
     *
     * @return whether the scan is now complete
     */
    boolean complete(long scanId, String holder, Instant now, Tally totals, Map<Reason, Long> reasonCounts);

    /** Marks a running scan failed, with the reason for the admins, and frees the lease. */
    void fail(long scanId, Instant now, String why);

    /**
     * Marks every running scan whose lease expired by {@code now} failed with {@code why}.
     *
     * @return how many were marked
     */
    int failAbandoned(Instant now, String why);

    Optional<ScanRecord> find(long scanId);

    /** The running scan, if there is one. */
    Optional<ScanRecord> running();

    /** The latest scans of any scope and status, newest first. */
    List<ScanRecord> recent(int limit);

    /** The latest complete scans of this scope, newest first: the trend. */
    List<ScanRecord> completed(ScanScope scope, int limit);

    /** The complete scan of the same scope before this one: what the diff compares against. */
    Optional<ScanRecord> previousComplete(ScanRecord scan);

    /** One page of one of a scan's two lists (blocked users, users with findings only), ordered by UPN. */
    FlaggedPage flagged(long scanId, FlaggedQuery query);

    /** Every user of the list that matches the query (its page fields ignored), ordered by UPN: the CSV. */
    void forEachFlagged(long scanId, FlaggedQuery query, Consumer<FlaggedUser> each);

    /**
     * What changed from {@code earlierScanId} to {@code laterScanId}, among blocked users only: users blocked
     * now but not then (absent, or with findings only), and users blocked then but not now (fixed, down to
     * findings, or gone from the scope), each listed up to {@code sampleLimit}. Findings never count as a
     * change.
     */
    ScanDiff diff(long earlierScanId, long laterScanId, int sampleLimit);

    /**
     * Deletes complete and failed scans (and their flagged users) that started before {@code cutoff}.
     *
     * @return how many scans were deleted
     */
    int deleteStartedBefore(Instant cutoff);

    /**
     * A scan to begin.
     *
     * @param usersTotal how many users the scope holds, when the directory could say
     */
    record NewScan(ScanScope scope, String startedBy, OptionalLong usersTotal) {
    }

    /** Running totals of a scan; see {@link ScanRecord} for each field. */
    record Tally(long usersListed, long guestsSkipped, long usersBlocked, long usersWithFindingsOnly) {
    }

    /**
     * Which flagged users to show.
     *
     * @param standing which list: the blocked users, or the users with findings only
     * @param reason only users with this reason among theirs (a block, a finding or a retired code)
     * @param search only users whose UPN or display name contains this, ignoring case
     * @param page the page, from 0
     * @param pageSize users per page
     */
    record FlaggedQuery(FlaggedUser.Standing standing, Optional<Reason> reason, Optional<String> search, int page,
            int pageSize) {

        public FlaggedQuery {
            Objects.requireNonNull(standing, "standing");
        }
    }

    /** One page of flagged users, and how many match in all. */
    record FlaggedPage(List<FlaggedUser> users, long total) {

        public FlaggedPage {
            users = List.copyOf(users);
        }
    }

    /** The change between two complete scans; the lists hold at most the sample limit. */
    record ScanDiff(long newlyBlockedCount, List<FlaggedUser> newlyBlocked, long noLongerBlockedCount,
            List<FlaggedUser> noLongerBlocked) {

        public ScanDiff {
            newlyBlocked = List.copyOf(newlyBlocked);
            noLongerBlocked = List.copyOf(noLongerBlocked);
        }
    }
}
