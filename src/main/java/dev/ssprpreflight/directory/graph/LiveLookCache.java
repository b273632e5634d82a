package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.ssprpreflight.check.AuthMethod;

/**
 * Live looks at users' methods, kept a short while by object id and by UPN: a user who tries again at once (or a
 * check followed by "check again now" in the console) does not spend another slot of the reports budget. Short on
 * purpose, so that a method added meanwhile (an admin helping on the phone) soon counts.
 */
final class LiveLookCache {

    /** Past this many entries, the expired ones are dropped when the next is added. */
    private static final int PRUNE_ABOVE = 10_000;

    private record Look(Set<AuthMethod> methods, long at) {
    }

    private final Map<String, Look> looks = new ConcurrentHashMap<>();
    private final long keepNanos;

    LiveLookCache(Duration keep) {
        this.keepNanos = keep.toNanos();
    }

    /** Keeps a live look's answer under the user's object id and, when known, the UPN the lookup was made with. */
    void remember(String objectId, Optional<String> userPrincipalName, Set<AuthMethod> methods) {
        if (keepNanos <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (looks.size() > PRUNE_ABOVE) {
            looks.values().removeIf(look -> now - look.at() > keepNanos);
        }
        Look look = new Look(Set.copyOf(methods), now);
        looks.put(key("id", objectId), look);
        userPrincipalName.ifPresent(upn -> looks.put(key("upn", upn), look));
    }

    Optional<Set<AuthMethod>> byObjectId(String objectId) {
        return fresh(key("id", objectId));
    }

    Optional<Set<AuthMethod>> byUserPrincipalName(String upn) {
        return fresh(key("upn", upn));
    }

    private Optional<Set<AuthMethod>> fresh(String key) {
        Look look = looks.get(key);
        if (look == null || System.nanoTime() - look.at() > keepNanos) {
            return Optional.empty();
        }
        return Optional.of(look.methods());
    }

    private static String key(String kind, String value) {
        return kind + ":" + value.toLowerCase(Locale.ROOT);
    }
}
