package dev.ssprpreflight.directory;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the slots of the reports budget are kept: Graph allows about 5 requests per 10 s to its identity and access
 * reports APIs per app and tenant, so every request to them first takes a slot, and a slot is free again one window
 * after it was taken. In one instance the ledger lives in memory; replicas that share the registration mirror share
 * the ledger through the database ({@code directory.store}), so that together they stay within Graph's limit.
 * <p>
 * The ledger also keeps the mirror's claim to go first: while no registration mirror was ever complete, the replica
 * paging it claims every slot for a short while and renews the claim page by page; the other consumers wait for it.
 */
public interface ReportsLedger {

    /**
     * Takes one of {@code capacity} slots when fewer than {@code limit} of them were taken within the last
     * {@code window}.
     *
     * @param consumer who takes it, for the record
     * @return empty when a slot was taken; otherwise about how long until one frees
     */
    Optional<Duration> tryTake(int capacity, int limit, Duration window, String consumer);

    /** Graph throttled a reports request: no slot is free until {@code retryAfter} has passed. */
    void pause(int capacity, Duration window, Duration retryAfter);

    /** Whether a replica paging a never-completed mirror claims the slots now. */
    boolean mirrorFirst();

    /** Claims the slots for the mirror for {@code duration}, renewing an earlier claim. */
    void claimMirrorFirst(Duration duration);

    /** Gives the mirror's claim up (its first copy is complete, or its refresh stopped). */
    void releaseMirrorFirst();

    /** Statements against a shared ledger that failed since start (its slots were refused meanwhile); 0 in memory. */
    default long failures() {
        return 0;
    }
}
