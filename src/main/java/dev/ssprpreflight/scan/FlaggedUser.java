package dev.ssprpreflight.scan;

import java.util.List;
import java.util.Objects;

import dev.ssprpreflight.check.Reason;

/**
 * A user the scan flagged: blocked by at least one reason, or with admin-only findings only. Users for whom
 * no check raised anything are not stored.
 *
 * @param objectId the user's Entra object id, lower case
 * @param userPrincipalName the UPN as the directory spells it
 * @param displayName the user's display name, for the admins
 * @param reasons every reason raised, blocks and findings; kept in catalogue order, each once; never empty.
 *        Scans stored before the two tiers may hold retired codes, which keep the tier they had
 * @param registrationFromReport whether a block on the registered methods rests on the registration report
 *        alone (a scan takes no live look at methods: the reports throttle allows about 5 requests per
 *        10 s), so a registration of the last hours may not show yet
 */
public record FlaggedUser(String objectId, String userPrincipalName, String displayName, List<Reason> reasons,
        boolean registrationFromReport) {

    /** Which of a scan's two lists a flagged user is in. */
    public enum Standing {
        /** At least one reason blocks: the portal would refuse the user. Counted as blocked and in the diff. */
        BLOCKED,
        /** Findings only: reset works, but an admin has something to fix. */
        FINDINGS_ONLY
    }

    public FlaggedUser {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        Objects.requireNonNull(displayName, "displayName");
        reasons = reasons.stream().sorted().distinct().toList();
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A flagged user needs at least one reason");
        }
    }

    /**
     * Whether any of the reasons blocks the user. A code never changes its tier (a wrong rule is retired and
     * replaced), so this is what it was when the scan ran.
     */
    public boolean blocked() {
        return reasons.stream().anyMatch(Reason::blocks);
    }

    public Standing standing() {
        return blocked() ? Standing.BLOCKED : Standing.FINDINGS_ONLY;
    }

    /** The reasons that block, in catalogue order; empty for a user with findings only. */
    public List<Reason> blocks() {
        return reasons.stream().filter(Reason::blocks).toList();
    }

    /** The admin-only findings, in catalogue order. */
    public List<Reason> findings() {
        return reasons.stream().filter(reason -> !reason.blocks()).toList();
    }
}
