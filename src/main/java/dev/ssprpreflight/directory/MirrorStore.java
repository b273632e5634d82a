package dev.ssprpreflight.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.ssprpreflight.check.RegistrationReport;

/**
 * Where replicas share the registration-report mirror ({@code sspr.graph.registration-mirror.store=database}):
 * a refresh lease, so that one replica at a time pages the report, and the rows that replica read, so
 * that the others use them instead of paging the report themselves. The Graph adapter sees only this
 * port; {@code directory.store} implements it over the application's database.
 * <p>
 * Times are the calling replica's clock: replicas must keep their clocks in step (NTP) well within the
 * lease duration.
 */
public interface MirrorStore {

    /**
     * Takes the lease for {@code holder} when it is free, expired at {@code now}, or already held by
     * {@code holder} (then it is renewed), atomically against every other replica.
     *
     * @return whether {@code holder} holds the lease until {@code now + duration}
     */
    boolean tryLease(String holder, Instant now, Duration duration);

    /** Gives the lease up at once (a replica shutting down), if {@code holder} has it. */
    void release(String holder);

    /**
     * Replaces the shared rows with {@code rows}, completed at {@code completedAt}, in one transaction,
     * if {@code holder} still holds an unexpired lease at {@code now}.
     *
     * @return whether the rows were stored; {@code false} when the lease was lost meanwhile
     */
    boolean publish(String holder, Instant now, Instant completedAt, List<Row> rows);

    /** The version of the shared copy: 0 before the first publish, one more with each publish. */
    long version();

    /** The whole shared copy, read consistently; empty before the first publish. */
    java.util.Optional<Copy> read();

    /**
     * One mirrored row of {@code userRegistrationDetails}.
     *
     * @param objectId the user's object id, lower case
     * @param userPrincipalName the UPN as the report gives it, or {@code null}
     * @param report the row as the checks see it
     * @param admin the report's {@code isAdmin}
     */
    record Row(String objectId, String userPrincipalName, RegistrationReport report, boolean admin) {
    }

    /** A complete shared copy: the rows one replica read, and when it finished. */
    record Copy(long version, Instant completedAt, List<Row> rows) {

        public Copy {
            rows = List.copyOf(rows);
        }
    }
}
