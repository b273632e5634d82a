package dev.ssprpreflight.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import dev.ssprpreflight.check.SsprLockout;
import dev.ssprpreflight.check.SsprLockoutFact;
import io.quarkus.logging.Log;

/**
 * Reads a user's 24-hour self-service password reset block from the kept SSPR audit events: the latest "Blocked from
 * self-service password reset" event of the last 24 hours (entra-docs {@code howto-sspr-reporting.md}, commit 07cd7acd:
 * the user "tried to reset a password, use a specific gate, or validate a phone number more than five total times in
 * 24 hours"; {@code troubleshoot-sspr.md}: "they must wait 24 hours after the last attempt").
 * <p>
 * A false block is worse than a missed one, so no block is reported when the evidence says self-service reset worked
 * after it: a later successful "Reset password (self-service)" or "Unlock user account (self-service)" of the user.
 * A store that cannot be read reports no block either. The event's {@code result} is not judged: the activity itself
 * is the block, and Microsoft does not document what its result means.
 * <p>
 * "No block" is known only when the events of the whole last 24 hours were read (the registration feed's reads of the
 * service reach back that far and are fresh); before that (a cold start still reading back) or when the store
 * fails, it is "not known": neither blocks, but the attempt log keeps the difference.
 * <p>
 * One judge for both directories: the Graph adapter asks the store ({@link #over}), the demo its bundled history
 * ({@link #judge}).
 */
public final class SsprLockouts implements SsprLockoutLookup {

    /** The 24 hours Microsoft blocks a user for. */
    public static final Duration LOCKOUT = SsprLockout.LASTS;

    /** Successful self-service activities that show the portal let the user through after a block. */
    private static final List<String> LIFTED_BY = List.of(SsprActivities.RESET, SsprActivities.UNLOCK);

    private final SsprAuditStore store;
    private final Clock clock;
    private final Predicate<Instant> readSince;

    private SsprLockouts(SsprAuditStore store, Clock clock, Predicate<Instant> readSince) {
        this.store = store;
        this.clock = clock;
        this.readSince = readSince;
    }

    /**
     * @param readSince whether every SSPR event since an instant has been read into the store
     */
    public static SsprLockoutLookup over(SsprAuditStore store, Clock clock, Predicate<Instant> readSince) {
        return new SsprLockouts(store, clock, readSince);
    }

    @Override
    public SsprLockoutFact lockoutOf(String objectId) {
        if (objectId == null || objectId.isBlank()) {
            return SsprLockoutFact.NOT_KNOWN;
        }
        Instant since = clock.instant().minus(LOCKOUT);
        List<SsprAuditStore.Event> events;
        boolean readWhole;
        try {
            // Asked first: events that arrive between the two questions can only add to what is known.
            readWhole = readSince.test(since);
            events = store.eventsOf(objectId, since);
        } catch (RuntimeException e) {
            Log.warnf("The SSPR audit store could not be read; no lockout is judged: %s", e.getMessage());
            return SsprLockoutFact.NOT_KNOWN;
        }
        return judge(events, readWhole);
    }

    /**
     * The judgement itself, over a user's events.
     *
     * @param eventsOfTheLastDay the user's SSPR events of the last 24 hours
     * @param everyEventRead whether those are all the events of the last 24 hours, so that no block means none
     */
    public static SsprLockoutFact judge(List<SsprAuditStore.Event> eventsOfTheLastDay, boolean everyEventRead) {
        Optional<Instant> blockedAt = eventsOfTheLastDay.stream().filter(event -> event.is(SsprActivities.BLOCKED))
                .map(SsprAuditStore.Event::activityAt).max(Instant::compareTo);
        boolean workedSince = blockedAt.isPresent() && eventsOfTheLastDay.stream().anyMatch(event -> event.succeeded()
                && event.activityAt().isAfter(blockedAt.get()) && LIFTED_BY.stream().anyMatch(event::is));
        if (blockedAt.isPresent() && !workedSince) {
            return SsprLockoutFact.blocked(new SsprLockout(blockedAt.get()));
        }
        return everyEventRead ? SsprLockoutFact.NONE : SsprLockoutFact.NOT_KNOWN;
    }
}
