package dev.ssprpreflight.directory.demo;

import java.time.Duration;
import java.util.List;

import dev.ssprpreflight.check.UserFacts;

/**
 * The shape of the demo tenant file ({@code src/main/resources/demo/tenant.yaml}) as Jackson reads
 * it. A {@code null} field was left out of the file; {@link DemoUserTranslator} and {@link DemoOrganisationTranslator} apply
 * the defaults
 * that the file's header documents. Required fields are checked here, so that the loader can name
 * the entry that lacks one.
 */
final class DemoTenantFile {

    private DemoTenantFile() {
    }

    /**
     * One organisation; users belong to it through the domain of their UPN.
     *
     * @param domains its verified domains; those under {@code onmicrosoft.*} are the ones Microsoft gives every
     *        organisation, the others are custom
     * @param lastSyncAgo how long ago Entra Connect last synced; {@code null} for an organisation that does not sync
     * @param passwordWritebackEnabled stands in for {@code sspr.tenant.password-writeback-enabled};
     *        {@code null} for undeclared
     * @param subscribedSkus what {@code /subscribedSkus} answers; {@code null} when it could not be read
     * @param policy the SSPR policy its admins declare; {@code null} for Microsoft's defaults
     */
    record Organisation(String name, List<String> domains, List<String> federatedDomains, Duration lastSyncAgo,
            Boolean allowedToUseSspr, Boolean passwordWritebackEnabled, List<Sku> subscribedSkus, Policy policy) {

        Organisation {
            require(name, "name");
            require(domains, "domains");
            require(allowedToUseSspr, "allowedToUseSspr");
            federatedDomains = federatedDomains == null ? List.of() : federatedDomains;
        }
    }

    /**
     * One {@code /subscribedSkus} entry.
     *
     * @param skuPartNumber such as {@code SPE_E3}, shown in the docs
     */
    record Sku(String skuId, String skuPartNumber, String capabilityStatus, Units prepaidUnits,
            List<SkuPlan> servicePlans) {

        Sku {
            require(skuId, "skuId");
            require(skuPartNumber, "skuPartNumber");
            require(capabilityStatus, "capabilityStatus");
            require(prepaidUnits, "prepaidUnits");
            require(servicePlans, "servicePlans");
        }
    }

    /** A subscription's {@code prepaidUnits}; left-out counts are 0. */
    record Units(Long enabled, Long warning, Long suspended, Long lockedOut) {

        Units {
            require(enabled, "enabled");
            warning = warning == null ? 0 : warning;
            suspended = suspended == null ? 0 : suspended;
            lockedOut = lockedOut == null ? 0 : lockedOut;
            if (enabled < 0 || warning < 0 || suspended < 0 || lockedOut < 0) {
                throw new IllegalArgumentException("prepaidUnits cannot be negative");
            }
        }
    }

    /** A service plan of a subscription. */
    record SkuPlan(String servicePlanId, String servicePlanName, String provisioningStatus) {

        SkuPlan {
            require(servicePlanId, "servicePlanId");
            require(servicePlanName, "servicePlanName");
            require(provisioningStatus, "provisioningStatus");
        }
    }

    /**
     * The SSPR policy as the organisation's admins declare it; left-out fields take Microsoft's defaults.
     *
     * @param methodsRequired 1 or 2
     * @param methods the methods the policy offers, by their registration-report names
     * @param enabledGroup the name of the one group SSPR is enabled for ("Selected")
     * @param protectedAccountGroups names of synced groups that mirror on-premises AD protected groups
     */
    record Policy(Integer methodsRequired, List<String> methods, String enabledGroup,
            List<String> protectedAccountGroups) {

        Policy {
            protectedAccountGroups = protectedAccountGroups == null ? List.of() : protectedAccountGroups;
        }
    }

    /**
     * A group: for readiness scans of one group, and for the groups an organisation's policy names. Names
     * need not be unique, as in Entra ID: two groups of the same name show how the console lets the admin
     * choose (a policy may not name such a group).
     *
     * @param members the member users' UPNs
     * @param nestedGroups names of groups that are members of this one; their members belong to it too
     */
    record Group(String name, List<String> members, List<String> nestedGroups) {

        Group {
            require(name, "name");
            members = members == null ? List.of() : members;
            nestedGroups = nestedGroups == null ? List.of() : nestedGroups;
        }
    }

    /**
     * One user, what it demonstrates, and the verdict it must get.
     *
     * @param shows one sentence on what this user demonstrates; goes into docs/demo-tenant.md
     * @param expect the verdict the user must get, for the tests (see the file's header); the application
     *        only requires that it is there
     * @param simulatedOutage the directory fails for this user, as if Graph were down
     * @param creationType Graph's {@code creationType}, such as {@code Invitation}
     * @param identities Graph's {@code identities}
     * @param roles the user's directory roles: {@code roleTemplateId}s, or the display names of the two-gate
     *        roles that Microsoft publishes no template id for
     * @param report the user's row of the registration report; {@code null} when the report does not
     *        know the user
     * @param liveMethods what a live look at the user's methods finds; {@code null} for the
     *        report's methods
     * @param liveLookAvailable {@code false} when the live look declines (its rate budget is spent); a lockout by
     *        Microsoft's portal comes from the SSPR history file, not from here
     */
    record User(String upn, String name, String shows, String expect, Boolean simulatedOutage,
            Boolean accountEnabled, UserFacts.UserType userType, String creationType, List<Identity> identities,
            Boolean onPremisesSyncEnabled, List<ProvisioningError> provisioningErrors, List<Plan> assignedPlans,
            List<Licence> assignedLicenses, List<String> roles, Boolean prefilledContactInfo, Report report,
            List<String> liveMethods, Boolean liveLookAvailable) {

        User {
            require(upn, "upn");
            require(name, "name");
            require(shows, "shows");
            require(expect, "expect");
        }

        boolean outageSimulated() {
            return Boolean.TRUE.equals(simulatedOutage);
        }
    }

    /** An {@code identities} entry ({@code issuerAssignedId} may be left out). */
    record Identity(String signInType, String issuer, String issuerAssignedId) {

        Identity {
            require(signInType, "signInType");
            require(issuer, "issuer");
        }
    }

    /** An {@code onPremisesProvisioningErrors} entry; {@code occurredAgo} may be left out. */
    record ProvisioningError(String category, String propertyCausingError, String value, Duration occurredAgo) {

        ProvisioningError {
            require(category, "category");
            require(propertyCausingError, "propertyCausingError");
            require(value, "value");
        }
    }

    /** An {@code assignedPlans} entry. */
    record Plan(String servicePlanId, String capabilityStatus) {

        Plan {
            require(servicePlanId, "servicePlanId");
            require(capabilityStatus, "capabilityStatus");
        }
    }

    /** An {@code assignedLicenses} entry. */
    record Licence(String skuId, List<String> disabledPlans) {

        Licence {
            require(skuId, "skuId");
            disabledPlans = disabledPlans == null ? List.of() : disabledPlans;
        }
    }

    /**
     * The user's row of the registration report.
     *
     * @param registered {@code isSsprRegistered}
     * @param updatedAgo how long ago the row was refreshed
     * @param admin {@code isAdmin}; {@code null} for "whether the user holds any role"
     */
    record Report(Boolean ssprEnabled, Boolean registered, List<String> methods, Duration updatedAgo,
            Boolean admin) {

        Report {
            require(ssprEnabled, "ssprEnabled");
            require(registered, "registered");
            require(updatedAgo, "updatedAgo");
            methods = methods == null ? List.of() : methods;
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
    }
}
