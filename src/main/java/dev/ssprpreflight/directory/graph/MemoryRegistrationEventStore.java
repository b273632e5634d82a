package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.ssprpreflight.directory.RegistrationEventStore;

/**
 * The registration feed's events of one instance, in memory: the lease is always this instance's, and everything is
 * lost with the process (the feed reads its look-back again at start).
 */
final class MemoryRegistrationEventStore implements RegistrationEventStore {

    /** Events by (event id, object id, UPN), the key that makes a second read of the same event a no-op. */
    private final Map<Key, Event> events = new HashMap<>();
    /** Latest events' times by lower-case object id and by lower-case UPN (the key prefixed {@code id:}/{@code upn:}). */
    private final Map<String, TreeMap<Instant, Integer>> timesByUser = new HashMap<>();
    private final Map<String, Coverage> coverage = new HashMap<>();

    private record Key(String eventId, String objectId, String userPrincipalName) {
    }

    @Override
    public boolean tryLease(String holder, Instant now, Duration duration) {
        return true;
    }

    @Override
    public void release(String holder) {
        // Nobody else to give it to.
    }

    @Override
    public synchronized boolean publish(String holder, Instant now, String source, List<Event> found,
            Optional<Coverage> covered) {
        for (Event given : found) {
            Event event = new Event(given.eventId(), lower(given.objectId()), lower(given.userPrincipalName()),
                    given.activityAt());
            Key key = new Key(event.eventId(), event.objectId(), event.userPrincipalName());
            if (events.putIfAbsent(key, event) == null) {
                index(event, +1);
            }
        }
        covered.ifPresent(c -> coverage.put(source, c));
        return true;
    }

    @Override
    public synchronized Optional<Instant> latestEventOf(String objectId, String userPrincipalName) {
        Optional<Instant> byId = latest(userKey("id:", lower(objectId)));
        Optional<Instant> byUpn = latest(userKey("upn:", lower(userPrincipalName)));
        if (byId.isPresent() && byUpn.isPresent()) {
            return Optional.of(byId.get().isAfter(byUpn.get()) ? byId.get() : byUpn.get());
        }
        return byId.isPresent() ? byId : byUpn;
    }

    @Override
    public synchronized Map<String, Coverage> coverage() {
        return Map.copyOf(coverage);
    }

    @Override
    public synchronized long prune(Instant before) {
        long pruned = 0;
        for (Iterator<Event> it = events.values().iterator(); it.hasNext();) {
            Event event = it.next();
            if (event.activityAt().isBefore(before)) {
                it.remove();
                index(event, -1);
                pruned++;
            }
        }
        coverage.replaceAll((source, c) -> c.coveredFrom().isBefore(before) ? new Coverage(before, c.polledUntil()) : c);
        return pruned;
    }

    @Override
    public synchronized long eventCount() {
        return events.size();
    }

    private Optional<Instant> latest(String userKey) {
        TreeMap<Instant, Integer> times = userKey == null ? null : timesByUser.get(userKey);
        return times == null || times.isEmpty() ? Optional.empty() : Optional.of(times.lastKey());
    }

    /** Counts the event's time in (or out of) the indexes of its user's id and UPN. */
    private void index(Event event, int delta) {
        for (String userKey : new String[] { userKey("id:", event.objectId()),
                userKey("upn:", event.userPrincipalName()) }) {
            if (userKey == null) {
                continue;
            }
            TreeMap<Instant, Integer> times = timesByUser.computeIfAbsent(userKey, k -> new TreeMap<>());
            times.merge(event.activityAt(), delta, (a, b) -> a + b == 0 ? null : a + b);
            if (times.isEmpty()) {
                timesByUser.remove(userKey);
            }
        }
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String userKey(String prefix, String value) {
        return value == null || value.isEmpty() ? null : prefix + value;
    }
}
