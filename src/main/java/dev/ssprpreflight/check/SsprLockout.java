package dev.ssprpreflight.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Microsoft's portal blocked the user from self-service password reset: Entra's audit log holds a "Blocked from
 * self-service password reset" event of the user ("tried to reset a password, use a specific gate, or validate a phone
 * number more than five total times in 24 hours", entra-docs {@code howto-sspr-reporting.md}, commit 07cd7acd), and
 * the user "must wait 24 hours after the last attempt" (entra-docs {@code troubleshoot-sspr.md}).
 *
 * @param blockedAt the {@code activityDateTime} of the latest such event
 */
public record SsprLockout(Instant blockedAt) {

    /** How long Microsoft blocks a user after too many attempts. */
    public static final Duration LASTS = Duration.ofHours(24);

    public SsprLockout {
        Objects.requireNonNull(blockedAt, "blockedAt");
    }

    /** When the user may try again at the earliest: 24 hours after the block. */
    public Instant retryAt() {
        return blockedAt.plus(LASTS);
    }

    /** Whether the block still holds at {@code now}. */
    public boolean holdsAt(Instant now) {
        return now.isBefore(retryAt());
    }
}
