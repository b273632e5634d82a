package dev.ssprpreflight.directory.graph;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.quarkus.logging.Log;

/**
 * What went wrong with Graph since start, counted by kind, with the application permissions Graph
 * said are missing: the numbers behind the health page. Plain values only.
 */
final class GraphHealth {

    private final Map<GraphFailure.Kind, Long> failures = new EnumMap<>(GraphFailure.Kind.class);
    private final Set<String> missingPermissions = new TreeSet<>();
    private String lastFailure;

    /** Records and logs a failure. The description never holds tokens, secrets or the user's name. */
    synchronized void failed(GraphFailure failure) {
        failures.merge(failure.kind(), 1L, Long::sum);
        lastFailure = failure.describe();
        if (failure.kind() == GraphFailure.Kind.FORBIDDEN) {
            missingPermissions.add(failure.call().permission());
        }
        Log.warnf("Microsoft Graph: %s", lastFailure);
    }

    synchronized Map<GraphFailure.Kind, Long> failureCounts() {
        return Map.copyOf(failures);
    }

    synchronized Set<String> missingPermissions() {
        return Set.copyOf(missingPermissions);
    }

    synchronized Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
