package dev.ssprpreflight.check;

import java.util.Set;

/**
 * A finding: the user holds no plan that covers password reset. Microsoft: "a license is required for any
 * user that you intend to benefit from the service", but "some tenant services are not currently capable
 * of limiting benefits to specific users", so the portal does not refuse them: a compliance matter for the
 * admins, never a block. The plan rules are those of {@link LicenseMissingCheck}, per user: P1/P2 for a
 * password on-premises; for cloud-only users P1/P2, or any usable plan, or one of the listed qualifying
 * SKUs.
 * <p>
 * A plan counts when its {@code capabilityStatus} is Enabled or Warning and it is not switched off
 * ({@code disabledPlans}) in every licence the user holds: Graph's {@code assignedPlans} already merges the
 * licences, so one licence that leaves the plan on is enough.
 *
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/concept-sspr-licensing">Licensing
 *      requirements for SSPR</a>
 */
final class LicenseNotAssignedCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.LICENSE_NOT_ASSIGNED;
    }

    @Override
    public boolean raises(CheckContext context) {
        UserFacts user = context.user();
        boolean hasPremium = user.assignedPlans().stream()
                .anyMatch(plan -> SubscribedSku.ENTRA_ID_PREMIUM_PLANS.contains(plan.servicePlanId()) && usable(plan, user));
        if (hasPremium) {
            return false;
        }
        if (context.passwordManagedOnPremises()) {
            return true;
        }
        Set<String> qualifyingSkus = context.settings().cloudQualifyingSkus();
        if (qualifyingSkus.isEmpty()) {
            return user.assignedPlans().stream().noneMatch(plan -> usable(plan, user));
        }
        return user.assignedLicenses().stream().noneMatch(licence -> qualifyingSkus.contains(licence.skuId()));
    }

    private static boolean usable(AssignedPlan plan, UserFacts user) {
        if (!plan.capabilityStatus().grantsFeatures()) {
            return false;
        }
        var licences = user.assignedLicenses();
        return licences.isEmpty()
                || licences.stream().anyMatch(licence -> !licence.disabledPlans().contains(plan.servicePlanId()));
    }
}
