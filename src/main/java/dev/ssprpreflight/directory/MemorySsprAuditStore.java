package dev.ssprpreflight.directory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The self-service password reset audit events of one instance, in memory: lost with the process (the registration
 * feed reads its look-back again at start, which covers the 24 hours a lockout lasts).
 */
public final class MemorySsprAuditStore implements SsprAuditStore {

    /** By (event id, user): the key that makes a second read of the same event a no-op. */
    private final Map<Key, Event> events = new LinkedHashMap<>();

    private record Key(String eventId, String targetObjectId) {
    }

    @Override
    public synchronized void keep(List<Event> found) {
        for (Event event : found) {
            events.putIfAbsent(new Key(event.eventId(), event.targetObjectId()), event);
        }
    }

    @Override
    public synchronized List<Event> eventsOf(String objectId, Instant since) {
        String user = objectId.toLowerCase(Locale.ROOT);
        return events.values().stream()
                .filter(event -> event.targetObjectId().equals(user) && !event.activityAt().isBefore(since))
                .sorted(Comparator.comparing(Event::activityAt))
                .toList();
    }

    @Override
    public synchronized List<Event> eventsOf(Set<String> objectIds, Instant from, Instant to) {
        Set<String> users = objectIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return events.values().stream()
                .filter(event -> users.contains(event.targetObjectId()) && !event.activityAt().isBefore(from)
                        && event.activityAt().isBefore(to))
                .sorted(Comparator.comparing(Event::activityAt))
                .toList();
    }

    @Override
    public synchronized long purge(Instant before) {
        int held = events.size();
        events.values().removeIf(event -> event.activityAt().isBefore(before));
        return held - events.size();
    }

    @Override
    public synchronized long eventCount() {
        return events.size();
    }
}
