package dev.ssprpreflight.directory.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.ssprpreflight.check.SsprLockout;
import dev.ssprpreflight.directory.SsprAuditStore;
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
 */
final class SsprLockouts implements SsprLockoutLookup {

    /** The 24 hours Microsoft blocks a user for. */
    static final Duration LOCKOUT = SsprLockout.LASTS;

    static final String BLOCKED = "Blocked from self-service password reset";
    /** Successful self-service activities that show the portal let the user through after a block. */
    private static final List<String> LIFTED_BY = List.of("Reset password (self-service)",
            "Unlock user account (self-service)");

    private final SsprAuditStore store;
    private final Clock clock;

    private SsprLockouts(SsprAuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    static SsprLockoutLookup over(SsprAuditStore store, Clock clock) {
        return new SsprLockouts(store, clock);
    }

    @Override
    public Optional<SsprLockout> lockoutOf(String objectId) {
        if (objectId == null || objectId.isBlank()) {
            return Optional.empty();
        }
        List<SsprAuditStore.Event> events;
        try {
            events = store.eventsOf(objectId, clock.instant().minus(LOCKOUT));
        } catch (RuntimeException e) {
            Log.warnf("The SSPR audit store could not be read; no lockout is judged: %s", e.getMessage());
            return Optional.empty();
        }
        Optional<Instant> blockedAt = events.stream().filter(event -> event.is(BLOCKED))
                .map(SsprAuditStore.Event::activityAt).max(Instant::compareTo);
        if (blockedAt.isEmpty()) {
            return Optional.empty();
        }
        boolean workedSince = events.stream().anyMatch(event -> event.succeeded()
                && event.activityAt().isAfter(blockedAt.get()) && LIFTED_BY.stream().anyMatch(event::is));
        return workedSince ? Optional.empty() : blockedAt.map(SsprLockout::new);
    }
}
