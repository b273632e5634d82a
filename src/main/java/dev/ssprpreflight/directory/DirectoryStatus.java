package dev.ssprpreflight.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What health checks and metrics may watch of the chosen directory, as plain values: nothing here
 * calls the directory's service, it reads what the adapter has already seen.
 */
public interface DirectoryStatus {

    /** The adapter named by {@code sspr.directory}. */
    String adapter();

    /** What the adapter has seen of its remote service; empty for adapters without one (demo). */
    Optional<Remote> remote();

    /**
     * @param failures failed calls since start by kind (NETWORK, TIMEOUT, UNAUTHENTICATED, FORBIDDEN,
     *        SERVER_ERROR, THROTTLED, NOT_FOUND)
     * @param throttled 429 answers of the reports APIs since start
     * @param lastFailure the latest failure, described without secrets or user names
     * @param lastSuccessfulRead when the organisation's facts were last read successfully
     * @param mirrorUsers rows in the registration-report mirror
     * @param mirrorAge time since the mirror's last complete refresh; empty before the first
     */
    record Remote(Map<String, Long> failures, long throttled, Optional<String> lastFailure,
            Optional<Instant> lastSuccessfulRead, int mirrorUsers, Optional<Duration> mirrorAge) {

        public Remote {
            failures = Map.copyOf(failures);
        }

        /** Failures of one kind since start. */
        public long failures(String kind) {
            return failures.getOrDefault(kind, 0L);
        }
    }
}
