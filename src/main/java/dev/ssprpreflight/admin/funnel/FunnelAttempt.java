package dev.ssprpreflight.admin.funnel;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;

/**
 * What the funnel needs of one recorded attempt: when we judged, whom, and what we said.
 *
 * @param referenceCode the attempt's reference code, to link it
 * @param at when we gave the verdict (and, unless blocked, sent the user to the portal)
 * @param objectId the user's object id, lower case; null for an unknown username (nothing to join on)
 * @param outcome our verdict
 * @param reasons its blocks and findings
 */
public record FunnelAttempt(String referenceCode, Instant at, String objectId, Outcome outcome, Set<Reason> reasons) {

    public FunnelAttempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        objectId = objectId == null || objectId.isBlank() ? null : objectId.toLowerCase(Locale.ROOT);
        reasons = Set.copyOf(reasons);
    }

    /** Whether the attempt names a user whose events can be joined (an unknown username names nobody). */
    public boolean known() {
        return objectId != null;
    }
}
