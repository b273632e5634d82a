package dev.ssprpreflight.directory.demo;

import java.time.Duration;
import java.util.List;

import dev.ssprpreflight.check.UserFacts;

/**
 * The shape of the demo tenant file ({@code src/main/resources/demo/tenant.yaml}) as Jackson reads
 * it. A {@code null} field was left out of the file; {@link DemoFactsTranslator} applies the defaults
 * that the file's header documents. Required fields are checked here, so that the loader can name
 * the entry that lacks one.
 */
final class DemoTenantFile {

    private DemoTenantFile() {
    }

    /**
     * One organisation; users belong to it through the domain of their UPN.
     *
     * @param lastSyncAgo how long ago Entra Connect last synced; {@code null} for never
     * @param passwordWritebackEnabled stands in for {@code sspr.tenant.password-writeback-enabled};
     *        {@code null} for undeclared
     */
    record Organisation(String name, List<String> domains, List<String> federatedDomains, Duration lastSyncAgo,
            Boolean allowedToUseSspr, Boolean passwordWritebackEnabled) {

        Organisation {
            require(name, "name");
            require(domains, "domains");
            require(allowedToUseSspr, "allowedToUseSspr");
            federatedDomains = federatedDomains == null ? List.of() : federatedDomains;
        }
    }

    /**
     * A group, for readiness scans of one group. Names need not be unique, as in Entra ID: two groups
     * of the same name show how the console lets the admin choose.
     *
     * @param members the members' UPNs; nested groups are not modelled (the listing is transitive anyway)
     */
    record Group(String name, List<String> members) {

        Group {
            require(name, "name");
            require(members, "members");
        }
    }

    /**
     * One user, what it demonstrates, and the verdict it must get.
     *
     * @param shows one line on what this user demonstrates; goes into docs/demo-tenant.md
     * @param simulatedOutage the directory fails for this user, as if Graph were down
     * @param roles {@code roleTemplateId}s of the user's directory roles
     * @param report the user's row of the registration report; {@code null} when the report does not
     *        know the user
     * @param liveMethods what a live look at the user's methods finds; {@code null} for the
     *        report's methods
     * @param liveLookAvailable {@code false} when the live look declines (its rate budget is spent)
     */
    record User(String upn, String name, String shows, Expectation expect, Boolean simulatedOutage,
            Boolean accountEnabled, UserFacts.UserType userType, Boolean onPremisesSyncEnabled,
            List<ProvisioningError> provisioningErrors, List<Plan> assignedPlans, List<Licence> assignedLicenses,
            List<String> roles, Boolean prefilledContactInfo, Report report, List<String> liveMethods,
            Boolean liveLookAvailable) {

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
     */
    record Report(Boolean ssprEnabled, Boolean registered, List<String> methods, Duration updatedAgo) {

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
