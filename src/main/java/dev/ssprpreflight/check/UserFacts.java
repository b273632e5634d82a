package dev.ssprpreflight.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the directory knows about one user, as far as the checks need it.
 *
 * @param objectId the user's Entra object id
 * @param userPrincipalName the UPN as the directory spells it
 * @param displayName for the admin console only; never shown to the anonymous user
 * @param accountEnabled {@code accountEnabled}
 * @param userType member or guest ({@code userType}); shown to admins, but no rule decides on it:
 *        "The UserType has no relation to how the user signs in" (external-id/user-properties)
 * @param onPremisesSyncEnabled {@code onPremisesSyncEnabled}: true means synced now; false means
 *        synced once but no longer; empty means never synced
 * @param provisioningErrors {@code onPremisesProvisioningErrors}
 * @param assignedPlans {@code assignedPlans}: service plans, direct and group-inherited
 * @param assignedLicenses {@code assignedLicenses}: SKUs with their switched-off plans
 * @param roles the directory roles the user holds, directly or through groups
 * @param hasPrefilledContactInfo an admin-provided mobile phone, office phone or alternate e-mail
 *        on the user object, which SSPR accepts without registration
 * @param registration what the registration report and a live look say about registered methods
 * @param identityIssuers the {@code issuer} of each of the user's {@code identities}, lower case; empty
 *        when the directory did not say
 * @param creationType {@code creationType}, such as {@code Invitation} for an invited external user
 * @param declaredGroupMemberships which of the policy's declared groups (the SSPR group, the
 *        protected-account groups) the user belongs to, transitively, lower case; empty when nobody looked
 *        (no group declared, or the lookup failed)
 * @param ssprLockout Microsoft's 24-hour block of the user's self-service password reset as Entra's audit log shows
 *        it: blocked, not blocked, or not known (nobody could look: the registration feed off, say)
 */
public record UserFacts(
        String objectId,
        String userPrincipalName,
        String displayName,
        boolean accountEnabled,
        UserType userType,
        Optional<Boolean> onPremisesSyncEnabled,
        List<ProvisioningError> provisioningErrors,
        List<AssignedPlan> assignedPlans,
        List<AssignedLicense> assignedLicenses,
        DirectoryRoles roles,
        boolean hasPrefilledContactInfo,
        RegistrationFacts registration,
        Set<String> identityIssuers,
        Optional<String> creationType,
        Optional<Set<String>> declaredGroupMemberships,
        SsprLockoutFact ssprLockout) {

    public UserFacts {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        Objects.requireNonNull(userType, "userType");
        Objects.requireNonNull(onPremisesSyncEnabled, "onPremisesSyncEnabled");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(creationType, "creationType");
        Objects.requireNonNull(ssprLockout, "ssprLockout");
        provisioningErrors = List.copyOf(provisioningErrors);
        assignedPlans = List.copyOf(assignedPlans);
        assignedLicenses = List.copyOf(assignedLicenses);
        identityIssuers = identityIssuers.stream().map(issuer -> issuer.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        declaredGroupMemberships = declaredGroupMemberships.map(ids -> ids.stream()
                .map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    }

    public enum UserType {
        MEMBER,
        GUEST
    }

    /** Synced from on-premises Active Directory right now. */
    public boolean isSynced() {
        return onPremisesSyncEnabled.orElse(false);
    }

    /** The domain part of the UPN, lower case. */
    public String upnDomain() {
        return Upn.domainOf(userPrincipalName);
    }

    /** The same facts with a fresher view of the registered methods. */
    public UserFacts withRegistration(RegistrationFacts newRegistration) {
        return new UserFacts(objectId, userPrincipalName, displayName, accountEnabled, userType,
                onPremisesSyncEnabled, provisioningErrors, assignedPlans, assignedLicenses, roles,
                hasPrefilledContactInfo, newRegistration, identityIssuers, creationType, declaredGroupMemberships,
                ssprLockout);
    }

    /** The same facts with what Entra's audit log says about a self-service password reset block. */
    public UserFacts withSsprLockout(SsprLockoutFact lockout) {
        return new UserFacts(objectId, userPrincipalName, displayName, accountEnabled, userType,
                onPremisesSyncEnabled, provisioningErrors, assignedPlans, assignedLicenses, roles,
                hasPrefilledContactInfo, registration, identityIssuers, creationType, declaredGroupMemberships, lockout);
    }
}
