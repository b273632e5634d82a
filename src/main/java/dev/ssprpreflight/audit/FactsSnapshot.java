package dev.ssprpreflight.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.ssprpreflight.check.AdminRoles;
import dev.ssprpreflight.check.AssignedLicense;
import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;

/**
 * What the checks saw, kept with the attempt so that the help desk sees the facts as they were at
 * check time, not as they are when someone looks. A stable, admin-oriented shape of its own, so that
 * stored records do not break when the check core's types change.
 */
public record FactsSnapshot(UserSnapshot user, TenantSnapshot tenant) {

    /**
     * @param syncedFromOnPremises {@code onPremisesSyncEnabled}; null when never synced
     * @param assignedPlans "plan id (status)" per assigned plan
     * @param licences SKU ids, each with its switched-off plans
     * @param adminRoles names of the two-gate admin roles the user holds
     * @param otherRoleTemplateIds role template ids that are not on the two-gate list
     * @param report the registration report's row; null when it did not know the user
     * @param liveMethods the live look's methods; null when none was made
     */
    public record UserSnapshot(String displayName, String userPrincipalName, boolean accountEnabled, String userType,
            Boolean syncedFromOnPremises, List<String> provisioningErrors, List<String> assignedPlans,
            List<String> licences, List<String> adminRoles, List<String> otherRoleTemplateIds,
            boolean prefilledContactInfo, ReportSnapshot report, Set<AuthMethod> liveMethods) {
    }

    public record ReportSnapshot(boolean ssprEnabled, boolean ssprRegistered, Set<AuthMethod> methods,
            Instant updatedAt) {
    }

    /** @param passwordWritebackEnabled as declared; null when not declared */
    public record TenantSnapshot(String tenantId, String displayName, Instant lastSyncAt, Set<String> federatedDomains,
            boolean allowedToUseSspr, Boolean passwordWritebackEnabled) {
    }

    public static FactsSnapshot of(UserFacts user, TenantFacts tenant) {
        return new FactsSnapshot(userSnapshot(user), tenantSnapshot(tenant));
    }

    private static UserSnapshot userSnapshot(UserFacts user) {
        List<String> errors = user.provisioningErrors().stream()
                .map(e -> e.category() + ": " + e.propertyCausingError() + " = " + e.value()).toList();
        List<String> plans = user.assignedPlans().stream()
                .map(plan -> plan.servicePlanId() + " (" + plan.capabilityStatus() + ")").toList();
        List<String> licences = user.assignedLicenses().stream().map(FactsSnapshot::licence).toList();
        List<String> adminRoles = user.roles().templateIds().stream()
                .filter(id -> AdminRoles.TWO_GATE.containsKey(id)).map(AdminRoles.TWO_GATE::get).sorted().toList();
        List<String> otherRoles = user.roles().templateIds().stream()
                .filter(id -> !AdminRoles.TWO_GATE.containsKey(id)).sorted().toList();
        ReportSnapshot report = user.registration().report()
                .map(r -> new ReportSnapshot(r.ssprEnabled(), r.ssprRegistered(), new TreeSet<>(r.methods()),
                        r.updatedAt()))
                .orElse(null);
        Set<AuthMethod> live = user.registration().liveMethods().map(TreeSet::new).orElse(null);
        return new UserSnapshot(user.displayName(), user.userPrincipalName(), user.accountEnabled(),
                user.userType().name(), user.onPremisesSyncEnabled().orElse(null), errors, plans, licences,
                adminRoles, otherRoles, user.hasPrefilledContactInfo(), report, live);
    }

    private static String licence(AssignedLicense licence) {
        return licence.disabledPlans().isEmpty() ? licence.skuId()
                : licence.skuId() + " (off: " + String.join(", ", new TreeSet<>(licence.disabledPlans())) + ")";
    }

    private static TenantSnapshot tenantSnapshot(TenantFacts tenant) {
        return new TenantSnapshot(tenant.tenantId(), tenant.displayName(), tenant.lastSyncAt().orElse(null),
                new TreeSet<>(tenant.federatedDomains()), tenant.allowedToUseSspr(),
                tenant.passwordWritebackEnabled().orElse(null));
    }
}
