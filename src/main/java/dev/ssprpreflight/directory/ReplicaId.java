package dev.ssprpreflight.directory;

import java.util.Optional;
import java.util.UUID;

/**
 * This replica's name in the database leases (the registration mirror's, the readiness scan's): the
 * configured id when there is one, else {@code $HOSTNAME} (the pod's name) plus a random suffix, so
 * that a restarted pod never mistakes its predecessor's lease for its own.
 */
public final class ReplicaId {

    private ReplicaId() {
    }

    public static String configuredOrGenerated(Optional<String> configured) {
        return configured.filter(id -> !id.isBlank()).orElseGet(ReplicaId::generated);
    }

    private static String generated() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).filter(h -> !h.isBlank()).orElse("replica");
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
