package dev.ssprpreflight.admin.funnel;

import java.util.List;
import java.util.Optional;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.directory.SsprAuditStore;

/**
 * One attempt and what Entra recorded of its user afterwards, within the window and before their next attempt.
 * <p>
 * The stages are monotone where the portal's order demands it: a reset that succeeded was reached and verified
 * (Microsoft's portal takes a new password only after the required verification), so a success whose earlier steps
 * are missing from the log (it is 2–5 minutes late and may be cut by its retention) still counts at every stage before
 * it. A success outweighs a failure in the same window (a new password refused by the banned-password list, then a
 * good one): the attempt succeeded.
 *
 * @param attempt the attempt
 * @param events its user's events attributed to it, oldest first
 * @param open whether its window has not closed yet, so that more may come
 */
public record FollowUp(FunnelAttempt attempt, List<SsprAuditStore.Event> events, boolean open) {

    public FollowUp {
        events = List.copyOf(events);
    }

    /** Sent on to Microsoft's portal: every verdict but BLOCKED (an unavailable check sends the user on, too). */
    public boolean sentToPortal() {
        return attempt.outcome().sendsToPortal();
    }

    /** Any event of the reset portal: the first one is normally "User submitted their user ID". */
    public boolean reached() {
        return events.stream().anyMatch(event -> EventMeaning.of(event).atThePortal());
    }

    public boolean verified() {
        return has(EventMeaning.VERIFIED) || succeeded();
    }

    public boolean succeeded() {
        return has(EventMeaning.RESET_SUCCEEDED);
    }

    /** Failed: a failure and no success. */
    public boolean failed() {
        return !succeeded() && has(EventMeaning.FAILED);
    }

    /** Entra's reason of the last failure, verbatim, when the attempt {@link #failed()}. */
    public Optional<String> failure() {
        if (!failed()) {
            return Optional.empty();
        }
        return events.stream().filter(event -> EventMeaning.of(event) == EventMeaning.FAILED)
                .reduce((first, second) -> second).map(EventMeaning::entraText);
    }

    public boolean lockedOut() {
        return has(EventMeaning.LOCKED_OUT);
    }

    /** An on-premises unlock without a reset: shown apart, never counted as a reset that succeeded. */
    public boolean unlocked() {
        return has(EventMeaning.UNLOCKED);
    }

    /** Blocked by us, and at the portal all the same. */
    public boolean wentAnyway() {
        return attempt.outcome() == Outcome.BLOCKED && reached();
    }

    /** Blocked by us, and reset all the same: a false block. */
    public boolean succeededAnyway() {
        return attempt.outcome() == Outcome.BLOCKED && succeeded();
    }

    /** The step texts and activities we do not know, verbatim, oldest first. */
    public List<String> unknownSteps() {
        return events.stream().filter(event -> EventMeaning.of(event) == EventMeaning.OTHER_STEP)
                .map(EventMeaning::entraText).toList();
    }

    private boolean has(EventMeaning meaning) {
        return events.stream().anyMatch(event -> EventMeaning.of(event) == meaning);
    }
}
