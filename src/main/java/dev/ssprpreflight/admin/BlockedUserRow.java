package dev.ssprpreflight.admin;

import java.util.List;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.BlockedUser;

/**
 * A blocked user as a scan's page and its CSV show them.
 *
 * @param userPrincipalName the UPN
 * @param displayName the display name
 * @param objectId the Entra object id
 * @param reasons the reason codes, in catalogue order
 * @param registrationFromReport whether "no methods registered" rests on the registration report alone
 */
public record BlockedUserRow(String userPrincipalName, String displayName, String objectId, List<String> reasons,
        boolean registrationFromReport) {

    /** The CSV header; {@link #csvCells} follows it. One column holds every reason, space-separated. */
    static final List<String> CSV_HEADER = List.of("user_principal_name", "display_name", "object_id", "reasons",
            "registration_from_report");

    static BlockedUserRow of(BlockedUser user) {
        return new BlockedUserRow(user.userPrincipalName(), user.displayName(), user.objectId(),
                user.reasons().stream().map(Reason::name).toList(), user.registrationFromReport());
    }

    List<String> csvCells() {
        return List.of(userPrincipalName, displayName, objectId, String.join(" ", reasons),
                Boolean.toString(registrationFromReport));
    }
}
