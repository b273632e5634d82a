package dev.ssprpreflight.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.SsprLockout;
import dev.ssprpreflight.check.SsprLockoutFact;
import dev.ssprpreflight.directory.SsprAuditStore.Event;
import dev.ssprpreflight.testsupport.MovableClock;

/** A user's 24-hour SSPR block as read from the kept audit events, without a Graph request. */
class SsprLockoutsTest {

    static final Instant T0 = Instant.parse("2030-01-01T08:00:00Z");
    static final String ANNA_ID = "a0a0a0a0-0000-4000-8000-00000000000a";
    static final String BLOCKED = "Blocked from self-service password reset";

    final MovableClock clock = new MovableClock(T0);
    final MemorySsprAuditStore store = new MemorySsprAuditStore();
    /** Whether the feed has read every SSPR event since an instant: here, since a day and a minute ago. */
    Instant readSince = T0.minus(Duration.ofHours(24).plusMinutes(1));
    final SsprLockoutLookup lockouts = SsprLockouts.over(store, clock, since -> !since.isBefore(readSince));

    private static Event event(String id, String activity, Instant at, String result) {
        return new Event(id, at, activity, result, "", "", ANNA_ID);
    }

    @Test
    void theLatestBlockOfTheLastDayIsTheLockout() {
        store.keep(List.of(event("b1", BLOCKED, T0.minus(Duration.ofHours(5)), "failure"),
                event("b2", "BLOCKED FROM SELF-SERVICE PASSWORD RESET", T0.minus(Duration.ofHours(2)), "success")));

        assertThat(lockouts.lockoutOf(ANNA_ID.toUpperCase()))
                .isEqualTo(SsprLockoutFact.blocked(new SsprLockout(T0.minus(Duration.ofHours(2)))));
    }

    @Test
    void aBlockOlderThanADayIsNone() {
        store.keep(List.of(event("b1", BLOCKED, T0.minus(Duration.ofHours(24).plusMinutes(1)), "failure")));

        assertThat(lockouts.lockoutOf(ANNA_ID)).isEqualTo(SsprLockoutFact.NONE);
    }

    @Test
    void aSuccessfulSelfServiceResetAfterTheBlockShowsItNoLongerHolds() {
        store.keep(List.of(event("b1", BLOCKED, T0.minus(Duration.ofHours(5)), "failure"),
                event("r1", "Reset password (self-service)", T0.minus(Duration.ofHours(1)), "success")));

        assertThat(lockouts.lockoutOf(ANNA_ID)).isEqualTo(SsprLockoutFact.NONE);
    }

    @Test
    void aFailedResetOrAFlowStepAfterTheBlockDoesNotLiftIt() {
        store.keep(List.of(event("b1", BLOCKED, T0.minus(Duration.ofHours(5)), "failure"),
                event("r1", "Reset password (self-service)", T0.minus(Duration.ofHours(1)), "failure"),
                event("s1", "Self-service password reset flow activity progress", T0.minus(Duration.ofMinutes(30)),
                        "success")));

        assertThat(lockouts.lockoutOf(ANNA_ID))
                .isEqualTo(SsprLockoutFact.blocked(new SsprLockout(T0.minus(Duration.ofHours(5)))));
    }

    @Test
    void aStoreThatCannotBeReadBlocksNobody() {
        SsprLockoutLookup failing = SsprLockouts.over(new FailingStore(), clock, since -> true);

        assertThat(failing.lockoutOf(ANNA_ID)).isEqualTo(SsprLockoutFact.NOT_KNOWN);
        assertThat(failing.lockoutOf(ANNA_ID).holdsAt(T0)).isFalse();
    }

    @Test
    void noBlockIsKnownOnlyOnceTheWholeLastDayWasRead() {
        store.keep(List.of(event("b1", BLOCKED, T0.minus(Duration.ofHours(30)), "failure")));
        readSince = T0.minus(Duration.ofHours(23).plusMinutes(59));

        assertThat(lockouts.lockoutOf(ANNA_ID)).as("a cold start still reading back").isEqualTo(SsprLockoutFact.NOT_KNOWN);

        store.keep(List.of(event("b2", BLOCKED, T0.minus(Duration.ofHours(1)), "failure")));

        assertThat(lockouts.lockoutOf(ANNA_ID)).as("a block found is known whatever was read")
                .isEqualTo(SsprLockoutFact.blocked(new SsprLockout(T0.minus(Duration.ofHours(1)))));

        readSince = T0.minus(Duration.ofHours(25));
        assertThat(lockouts.lockoutOf("c0c0c0c0-0000-4000-8000-00000000000c")).isEqualTo(SsprLockoutFact.NONE);
        assertThat(SsprLockoutLookup.NOT_READ.lockoutOf(ANNA_ID)).isEqualTo(SsprLockoutFact.NOT_KNOWN);
    }

    /** A database that is down. */
    static final class FailingStore implements SsprAuditStore {
        // @formatter:off
        @Override public void keep(List<Event> events) { throw new IllegalStateException("down"); }
        @Override public List<Event> eventsOf(String objectId, Instant since) { throw new IllegalStateException("down"); }
        @Override public List<Event> eventsOf(Set<String> objectIds, Instant from, Instant to) { throw new IllegalStateException("down"); }
        @Override public long purge(Instant before) { throw new IllegalStateException("down"); }
        @Override public long eventCount() { throw new IllegalStateException("down"); }
        // @formatter:on
    }
}
