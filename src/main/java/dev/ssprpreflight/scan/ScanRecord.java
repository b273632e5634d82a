package dev.ssprpreflight.scan;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import dev.ssprpreflight.check.Reason;

/**
 * One readiness scan as stored: what it covers, where it stands and its counts.
 *
 * @param id the scan's number
 * @param scope the whole tenant or one group
 * @param status running, complete or failed
 * @param startedBy who started it: an admin's name, or {@code schedule}
 * @param startedAt when it started
 * @param finishedAt when it completed or failed
 * @param usersTotal how many users the scope held at the start, when the directory could say
 * @param usersListed users read so far (members and guests): the progress
 * @param guestsSkipped guests among them, which are not judged (they reset in their home organisation)
 * @param usersBlocked members found blocked so far: at least one reason blocks them
 * @param usersWithFindingsOnly members found with admin-only findings and no block so far; 0 for scans
 *        stored before findings existed
 * @param failure why it failed
 * @param reasonCounts users per reason, blocks and findings, retired codes of old scans included; complete
 *        scans only. A user with two reasons counts under both, and a finding counts every user who has
 *        it, blocked or not
 */
public record ScanRecord(long id, ScanScope scope, ScanStatus status, String startedBy, Instant startedAt,
        Optional<Instant> finishedAt, OptionalLong usersTotal, long usersListed, long guestsSkipped,
        long usersBlocked, long usersWithFindingsOnly, Optional<String> failure, Map<Reason, Long> reasonCounts) {

    public ScanRecord {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        reasonCounts = Map.copyOf(reasonCounts);
    }

    /** Members judged so far. */
    public long membersJudged() {
        return usersListed - guestsSkipped;
    }
}
