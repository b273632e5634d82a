package dev.ssprpreflight.check;

import java.time.Instant;
import java.util.Set;

/**
 * A user's row of {@code userRegistrationDetails}.
 *
 * @param ssprEnabled {@code isSsprEnabled}: the policy allows the user to reset
 * @param ssprRegistered {@code isSsprRegistered}: enough methods registered, as of the report
 * @param methods {@code methodsRegistered}, mapped
 * @param updatedAt {@code lastUpdatedDateTime}, when the report's row was refreshed
 * @param admin {@code isAdmin}: the report thinks the user holds an admin role; a second signal beside
 *        the roles themselves, compared on the health page, never a rule's ground (it counts every admin
 *        role, not only those on the two-gate list)
 */
public record RegistrationReport(boolean ssprEnabled, boolean ssprRegistered, Set<AuthMethod> methods,
        Instant updatedAt, boolean admin) {

    public RegistrationReport {
        methods = Set.copyOf(methods);
    }
}
