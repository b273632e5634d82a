package dev.ssprpreflight.scan;

import java.util.List;
import java.util.Objects;

import dev.ssprpreflight.check.Reason;

/**
 * A user the scan found blocked or with findings, with every reason (blocks and findings) in catalogue order.
 *
 * @param objectId the user's Entra object id, lower case
 * @param userPrincipalName the UPN as the directory spells it
 * @param displayName the user's display name, for the admins
 * @param reasons every reason raised, blocks and findings; never empty
 * @param registrationFromReport whether {@code METHODS_NOT_REGISTERED} rests on the registration report
 *        alone (a scan takes no live look at methods: the reports throttle allows about 5 requests per
 *        10 s), so a registration of the last hours may not show yet
 */
public record BlockedUser(String objectId, String userPrincipalName, String displayName, List<Reason> reasons,
        boolean registrationFromReport) {

    public BlockedUser {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        Objects.requireNonNull(displayName, "displayName");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A blocked user needs at least one reason");
        }
    }

    /** Whether any of the reasons blocks the user (as opposed to findings only). */
    public boolean blocked() {
        return reasons.stream().anyMatch(Reason::blocks);
    }
}
