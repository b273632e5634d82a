package dev.ssprpreflight.audit;

import java.time.Instant;

/** The reason rows of attempts, which JPQL's bulk delete of attempts does not reach by itself. */
final class AttemptReasonRows {

    private AttemptReasonRows() {
    }

    static void deleteOlderThan(Instant cutoff) {
        Attempt.getEntityManager()
                .createNativeQuery("delete from attempt_reason where attempt_id in "
                        + "(select id from attempt where occurred_at < ?1)")
                .setParameter(1, cutoff)
                .executeUpdate();
    }
}
