package dev.ssprpreflight.admin.funnel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.ssprpreflight.directory.SsprAuditStore;

/**
 * Gives each of Entra's events to at most one attempt: the same user's most recent attempt at or before the event,
 * if the event falls within the window after it ({@code at <= event < at + window}).
 * <p>
 * Joined on the user's object id (the event's {@code targetResources[0].id}), within a window after our verdict, as in
 * shared/docs/entra-sspr-fidelity.md §8 "Funnel recipe" ("within e.g. 60 min after the redirect"). The most recent
 * attempt wins so that a user who checks twice does not count one reset twice, and an event before a user's first
 * attempt, or after the window, belongs to no attempt (the user went to the portal without us, or much later).
 * Attempts outside the period shown still fence: an event after a later attempt belongs to that one.
 */
final class Attribution {

    private Attribution() {
    }

    /**
     * @param attempts attempts of known users, in any order
     * @param events their users' events, in any order
     * @return every attempt with the events that belong to it, oldest first
     */
    static Map<FunnelAttempt, List<SsprAuditStore.Event>> of(List<FunnelAttempt> attempts,
            List<SsprAuditStore.Event> events, Duration window) {
        Map<String, TreeMap<Instant, FunnelAttempt>> byUser = new HashMap<>();
        Map<FunnelAttempt, List<SsprAuditStore.Event>> attributed = new IdentityHashMap<>();
        for (FunnelAttempt attempt : attempts) {
            if (!attempt.known()) {
                continue;
            }
            attributed.put(attempt, new ArrayList<>());
            // Two attempts of one user in the same instant: the later one in the list stands for both.
            byUser.computeIfAbsent(attempt.objectId(), user -> new TreeMap<>()).put(attempt.at(), attempt);
        }
        events.stream().sorted(Comparator.comparing(SsprAuditStore.Event::activityAt)).forEach(event -> {
            TreeMap<Instant, FunnelAttempt> ofUser = byUser.get(event.targetObjectId());
            var latest = ofUser == null ? null : ofUser.floorEntry(event.activityAt());
            if (latest != null && event.activityAt().isBefore(latest.getKey().plus(window))) {
                attributed.get(latest.getValue()).add(event);
            }
        });
        return attributed;
    }
}
