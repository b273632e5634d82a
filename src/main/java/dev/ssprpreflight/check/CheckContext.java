package dev.ssprpreflight.check;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything one evaluation of the checks looks at.
 *
 * @param user the user's facts
 * @param tenant the organisation's facts, with its declared SSPR policy
 * @param settings the organisation's configured thresholds
 * @param now the time of the check, so that age rules are testable
 */
public record CheckContext(UserFacts user, TenantFacts tenant, CheckSettings settings, Instant now) {

    /** Whether the user holds a role that puts them under the administrator reset policy. */
    public boolean userIsAdmin() {
        return user.roles().anyTwoGate();
    }

    /**
     * Whether the account's home is another organisation or a consumer account, so that it resets there:
     * {@code #EXT#} in the UPN, an invitation ({@code creationType == Invitation}), or identities of which
     * none is issued by this organisation. Not {@code userType}: an internal guest with a local password
     * resets here (external-id/user-properties: "The UserType has no relation to how the user signs in").
     */
    public boolean userIsExternal() {
        if (user.userPrincipalName().toUpperCase(Locale.ROOT).contains("#EXT#")) {
            return true;
        }
        if (user.creationType().filter("Invitation"::equalsIgnoreCase).isPresent()) {
            return true;
        }
        // Without the organisation's domains there is nothing to hold the issuers against: every user would look
        // external, so that signal is not used rather than block everybody.
        return !tenant.verifiedDomains().isEmpty() && !user.identityIssuers().isEmpty()
                && user.identityIssuers().stream().noneMatch(tenant::issues);
    }

    /**
     * Whether the user's password lives on-premises, so that a reset must be written back: the
     * user is synced, or signs in through a federated domain.
     */
    public boolean passwordManagedOnPremises() {
        return user.isSynced() || tenant.isFederated(user.upnDomain());
    }

    /** Whether the user is a transitive member of the group, when memberships were looked up; empty otherwise. */
    public Optional<Boolean> userIsMemberOf(String groupId) {
        return user.declaredGroupMemberships()
                .map(groups -> groups.contains(groupId.toLowerCase(Locale.ROOT)));
    }
}
