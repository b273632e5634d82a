package dev.ssprpreflight.directory.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.ssprpreflight.check.SsprLockoutFact;
import dev.ssprpreflight.directory.SsprAuditStore;
import dev.ssprpreflight.directory.SsprLockouts;

/**
 * The demo tenant's SSPR audit history, relative to an anchor (the application's start): our past checks and the
 * Entra events that followed them. Times become instants only against an anchor, so that the history is the same
 * day before every start.
 */
final class DemoSsprHistory {

    /** No history: no past checks, no events, nobody locked out. */
    static final DemoSsprHistory NONE = new DemoSsprHistory(List.of());

    /**
     * One visit, its user resolved.
     *
     * @param correlationId shared by the visit's events, as one portal session's are
     */
    record Visit(String upn, String objectId, String correlationId, Duration checkedAgo, List<Event> events) {
    }

    /**
     * One event, its fields as Entra writes them.
     *
     * @param eventId the audit event's {@code id}
     */
    record Event(String eventId, Duration after, String activityDisplayName, String result, String resultReason) {
    }

    private final List<Visit> visits;

    DemoSsprHistory(List<Visit> visits) {
        this.visits = List.copyOf(visits);
    }

    List<Visit> visits() {
        return visits;
    }

    /** Our past checks, oldest first. */
    List<DemoPastCheck> checksBefore(Instant anchor) {
        return visits.stream().map(visit -> new DemoPastCheck(visit.upn(), anchor.minus(visit.checkedAgo())))
                .sorted(Comparator.comparing(DemoPastCheck::at)).toList();
    }

    /** Every event, as the audit log holds them when the application starts at {@code anchor}, oldest first. */
    List<SsprAuditStore.Event> eventsBefore(Instant anchor) {
        List<SsprAuditStore.Event> events = new ArrayList<>();
        for (Visit visit : visits) {
            Instant checkedAt = anchor.minus(visit.checkedAgo());
            for (Event event : visit.events()) {
                events.add(new SsprAuditStore.Event(event.eventId(), checkedAt.plus(event.after()),
                        event.activityDisplayName(), event.result(), event.resultReason(), visit.correlationId(),
                        visit.objectId()));
            }
        }
        events.sort(Comparator.comparing(SsprAuditStore.Event::activityAt));
        return List.copyOf(events);
    }

    /**
     * The user's SSPR block at {@code now}, judged as the Graph adapter judges the kept audit events
     * ({@link SsprLockouts#judge}): the history's events of the 24 hours before {@code now}, which are all there are,
     * so no block in them is known to be none.
     */
    SsprLockoutFact lockoutOf(String objectId, Instant anchor, Instant now) {
        Instant since = now.minus(SsprLockouts.LOCKOUT);
        List<SsprAuditStore.Event> lastDay = eventsBefore(anchor).stream()
                .filter(event -> event.targetObjectId().equals(objectId) && !event.activityAt().isAfter(now)
                        && !event.activityAt().isBefore(since))
                .toList();
        return SsprLockouts.judge(lastDay, true);
    }
}
