package dev.ssprpreflight.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the registration feed keeps what it read from Entra's audit log: the security-info registration events, by
 * user, and how far its reading reaches (per audit service it reads), so that "no registration event of this user
 * since then" can be told apart from "not read". One replica at a time polls the audit log, the holder of the poll
 * lease; every replica answers from the store. The Graph adapter sees only this port: it keeps the events in memory
 * for one instance, and {@code directory.store} keeps them in the application's database for several replicas.
 * <p>
 * Times are the calling replica's clock: replicas must keep their clocks in step (NTP) well within the lease
 * duration.
 */
public interface RegistrationEventStore {

    /**
     * Takes the poll lease for {@code holder} when it is free, expired at {@code now}, or already held by
     * {@code holder} (then it is renewed), atomically against every other replica. A store of one instance always
     * grants it.
     *
     * @return whether {@code holder} holds the lease until {@code now + duration}
     */
    boolean tryLease(String holder, Instant now, Duration duration);

    /** Gives the lease up at once (a replica shutting down), if {@code holder} has it. */
    void release(String holder);

    /**
     * Stores what one read of the audit log found, in one transaction, if {@code holder} still holds an unexpired
     * lease at {@code now}: the events (an event already held, same id and user, is kept once) and, when the read was
     * complete, the new coverage of {@code source}.
     *
     * @param source the audit service the read asked for, as the reader names it
     * @param coverage the source's coverage after a complete read; empty after a read that stopped half-way (its
     *        events are facts all the same)
     * @return whether it was stored; {@code false} when the lease was lost meanwhile
     */
    boolean publish(String holder, Instant now, String source, List<Event> events, Optional<Coverage> coverage);

    /**
     * The time of the user's latest registration event held, by object id or by user principal name, whichever
     * matches; either may be null.
     *
     * @param objectId the user's object id, lower case
     * @param userPrincipalName the user's UPN, lower case
     */
    Optional<Instant> latestEventOf(String objectId, String userPrincipalName);

    /** How far the reading of each source reaches, by source; a source never read completely is absent. */
    Map<String, Coverage> coverage();

    /**
     * Forgets the events before {@code before} and moves each source's {@link Coverage#coveredFrom()} up to it, so
     * that the coverage never claims a time whose events are gone.
     *
     * @return how many events were forgotten
     */
    long prune(Instant before);

    /** How many events the store holds (one per event and user). */
    long eventCount();

    /**
     * One registration event of one user.
     *
     * @param eventId the audit event's {@code id}
     * @param objectId the user's object id, lower case; null when the event did not name it
     * @param userPrincipalName the user's UPN, lower case; null when the event did not name it
     * @param activityAt the event's {@code activityDateTime}
     */
    record Event(String eventId, String objectId, String userPrincipalName, Instant activityAt) {
    }

    /**
     * How far the reading of one source reaches: every event of it with an {@code activityDateTime} from
     * {@code coveredFrom} on that had reached the audit log by {@code polledUntil} was read.
     *
     * @param coveredFrom the start of the continuous reading
     * @param polledUntil when the last complete read began: the reading reaches up to here
     */
    record Coverage(Instant coveredFrom, Instant polledUntil) {
    }
}
