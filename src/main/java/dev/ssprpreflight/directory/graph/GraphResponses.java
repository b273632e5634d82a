package dev.ssprpreflight.directory.graph;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small readers for the header maps the SDK hands back. */
final class GraphResponses {

    private GraphResponses() {
    }

    /** First value of a header, compared without regard to case. */
    static Optional<String> header(Map<String, Set<String>> headers, String name) {
        if (headers == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, Set<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null && !entry.getValue().isEmpty()) {
                return Optional.of(entry.getValue().iterator().next());
            }
        }
        return Optional.empty();
    }
}
