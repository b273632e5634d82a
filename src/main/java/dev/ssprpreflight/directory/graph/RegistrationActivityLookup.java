package dev.ssprpreflight.directory.graph;

import java.time.Instant;
import java.util.Optional;

import dev.ssprpreflight.check.RegistrationActivity;

/** What the audit log says about a user's registrations since their report row; the registration feed answers it. */
@FunctionalInterface
interface RegistrationActivityLookup {

    /** For when the feed is off: nothing is known, live looks decide as before. */
    RegistrationActivityLookup NONE = (objectId, userPrincipalName, rowUpdatedAt) -> RegistrationActivity.UNKNOWN;

    /**
     * @param objectId the user's object id, when known (after the lookup)
     * @param userPrincipalName the UPN the lookup was made with
     * @param rowUpdatedAt the report row's {@code lastUpdatedDateTime}
     */
    RegistrationActivity activitySince(Optional<String> objectId, String userPrincipalName, Instant rowUpdatedAt);
}
