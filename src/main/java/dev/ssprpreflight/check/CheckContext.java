package dev.ssprpreflight.check;

import java.time.Instant;

/**
 * Everything one evaluation of the checks looks at.
 *
 * @param user the user's facts
 * @param tenant the organisation's facts
 * @param settings the organisation's configured rules
 * @param now the time of the check, so that age rules are testable
 */
public record CheckContext(UserFacts user, TenantFacts tenant, CheckSettings settings, Instant now) {

    /** Whether the user holds a role that puts them under the administrator reset policy. */
    public boolean userIsAdmin() {
        return AdminRoles.anyTwoGate(user.directoryRoleTemplateIds());
    }

    /**
     * Whether the user's password lives on-premises, so that a reset must be written back: the
     * user is synced, or signs in through a federated domain.
     */
    public boolean passwordManagedOnPremises() {
        return user.isSynced() || tenant.isFederated(user.upnDomain());
    }
}
