package dev.ssprpreflight.check;

import java.util.Set;

/**
 * The user lacks a licence that covers password reset (SSPR_0012 at the portal).
 * <p>
 * Users whose password lives on-premises reset through writeback, which needs an Entra ID P1 or P2
 * service plan (Microsoft 365 Business Premium, E3, E5 and EMS carry P1). Cloud-only users may also
 * reset with a paid Microsoft 365 subscription such as Business Standard, and no single plan marks
 * that; so they are blocked only when they hold no usable plan at all, or, when the organisation
 * lists its qualifying SKUs, none of those SKUs and no P1/P2 plan. A false block is worse than a
 * missed one: the portal still has the last word.
 * <p>
 * A plan counts when its {@code capabilityStatus} is Enabled or Warning and it is not switched off
 * ({@code disabledPlans}) in every licence the user holds: Graph's {@code assignedPlans} already
 * merges the licences, so one licence that leaves the plan on is enough.
 */
final class LicenseMissingCheck implements Check {

    /** AAD_PREMIUM, Microsoft Entra ID P1. */
    static final String ENTRA_ID_P1_PLAN = "41781fb2-bc02-4b7c-bd55-b576c07bb09d";
    /** AAD_PREMIUM_P2, Microsoft Entra ID P2. */
    static final String ENTRA_ID_P2_PLAN = "eec0eb4f-6444-4f95-aba0-50c24d67f998";

    private static final Set<String> PREMIUM_PLANS = Set.of(ENTRA_ID_P1_PLAN, ENTRA_ID_P2_PLAN);

    @Override
    public Reason reason() {
        return Reason.LICENSE_MISSING;
    }

    @Override
    public boolean blocks(CheckContext context) {
        UserFacts user = context.user();
        boolean hasPremium = user.assignedPlans().stream()
                .anyMatch(plan -> PREMIUM_PLANS.contains(plan.servicePlanId()) && usable(plan, user));
        if (context.passwordManagedOnPremises()) {
            return !hasPremium;
        }
        if (hasPremium) {
            return false;
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
