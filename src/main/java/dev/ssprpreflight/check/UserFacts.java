package dev.ssprpreflight.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the directory knows about one user, as far as the checks need it.
 *
 * @param objectId the user's Entra object id
 * @param userPrincipalName the UPN as the directory spells it
 * @param displayName for the admin console only; never shown to the anonymous user
 * @param accountEnabled {@code accountEnabled}
 * @param userType member or guest
 * @param onPremisesSyncEnabled {@code onPremisesSyncEnabled}: true means synced now; false means
 *        synced once but no longer; empty means never synced
 * @param provisioningErrors {@code onPremisesProvisioningErrors}
 * @param assignedPlans {@code assignedPlans}: service plans, direct and group-inherited
 * @param assignedLicenses {@code assignedLicenses}: SKUs with their switched-off plans
 * @param directoryRoleTemplateIds the {@code roleTemplateId} of every directory role the user
 *        holds, directly or through groups
 * @param hasPrefilledContactInfo an admin-provided mobile phone, office phone or alternate e-mail
 *        on the user object, which SSPR accepts without registration
 * @param registration what the registration report and a live look say about registered methods
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
        Set<String> directoryRoleTemplateIds,
        boolean hasPrefilledContactInfo,
        RegistrationFacts registration) {

    public UserFacts {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        Objects.requireNonNull(userType, "userType");
        Objects.requireNonNull(onPremisesSyncEnabled, "onPremisesSyncEnabled");
        Objects.requireNonNull(registration, "registration");
        provisioningErrors = List.copyOf(provisioningErrors);
        assignedPlans = List.copyOf(assignedPlans);
        assignedLicenses = List.copyOf(assignedLicenses);
        directoryRoleTemplateIds = Set.copyOf(directoryRoleTemplateIds);
    }

    public enum UserType {
        MEMBER,
        GUEST
    }

    /** Synced from on-premises Active Directory right now. */
    public boolean isSynced() {
        return onPremisesSyncEnabled.orElse(false);
    }

    public boolean isGuest() {
        return userType == UserType.GUEST;
    }

    /** The domain part of the UPN, lower case. */
    public String upnDomain() {
        return Upn.domainOf(userPrincipalName);
    }

    /** The same facts with a fresher view of the registered methods. */
    public UserFacts withRegistration(RegistrationFacts newRegistration) {
        return new UserFacts(objectId, userPrincipalName, displayName, accountEnabled, userType,
                onPremisesSyncEnabled, provisioningErrors, assignedPlans, assignedLicenses,
                directoryRoleTemplateIds, hasPrefilledContactInfo, newRegistration);
    }
}
