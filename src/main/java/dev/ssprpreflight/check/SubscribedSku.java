package dev.ssprpreflight.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One subscription of the organisation ({@code GET /subscribedSkus}), as far as SSPR's licensing cares.
 * <p>
 * Microsoft does not enforce SSPR licences per user; the portal's licence error (SSPR_0012, "Your
 * organization doesn't have the required licenses") speaks of the organisation, which is why
 * {@link LicenseMissingCheck} judges these rather than the user's plans.
 *
 * @param skuId the SKU's GUID, lower case
 * @param skuPartNumber for example {@code SPE_E3}, for the admins
 * @param capabilityStatus the subscription's {@code capabilityStatus}
 * @param enabledUnits {@code prepaidUnits.enabled} plus {@code prepaidUnits.warning} (units in their grace
 *        period still work)
 * @param servicePlans the plans the SKU carries, with their {@code provisioningStatus}
 */
public record SubscribedSku(String skuId, String skuPartNumber, AssignedPlan.CapabilityStatus capabilityStatus,
        long enabledUnits, List<ServicePlan> servicePlans) {

    public SubscribedSku {
        skuId = skuId.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(capabilityStatus, "capabilityStatus");
        servicePlans = List.copyOf(servicePlans);
    }

    /**
     * One {@code servicePlans} entry of a subscribed SKU.
     *
     * @param servicePlanId the plan's GUID, lower case
     * @param provisioningStatus Graph's {@code provisioningStatus}, such as {@code Success} or {@code Disabled}
     */
    public record ServicePlan(String servicePlanId, String provisioningStatus) {

        public ServicePlan {
            servicePlanId = servicePlanId.toLowerCase(Locale.ROOT);
        }

        /**
         * Whether the plan is switched on in the subscription. Only {@code Disabled} is taken as evidence of
         * absence: pending states ({@code PendingActivation}, {@code PendingProvisioning}, {@code PendingInput})
         * and values Graph adds later count as on, because a false block is worse than a missed one.
         */
        public boolean enabled() {
            return provisioningStatus == null || !provisioningStatus.equalsIgnoreCase("Disabled");
        }
    }

    /**
     * Whether the subscription is in force: not Suspended, Deleted or LockedOut (Enabled, Warning for the grace
     * period, and values Graph adds later all count, since a false block is worse than a missed one), with units
     * to assign.
     */
    public boolean inForce() {
        return switch (capabilityStatus) {
            case SUSPENDED, DELETED, LOCKED_OUT -> false;
            case ENABLED, WARNING, OTHER -> enabledUnits > 0;
        };
    }

    /** AAD_PREMIUM and AAD_PREMIUM_P2, Microsoft Entra ID P1 and P2: the plans writeback needs. */
    static final Set<String> ENTRA_ID_PREMIUM_PLANS = Set.of("41781fb2-bc02-4b7c-bd55-b576c07bb09d",
            "eec0eb4f-6444-4f95-aba0-50c24d67f998");

    /**
     * Whether the subscription is in force with Entra ID P1 or P2 switched on, which "SSPR with on-premises
     * writeback" needs (concept-sspr-licensing).
     */
    public boolean carriesEntraIdPremium() {
        return carriesAny(ENTRA_ID_PREMIUM_PLANS);
    }

    /** Whether the subscription is in force and carries one of these plans switched on. */
    public boolean carriesAny(Set<String> servicePlanIds) {
        return inForce() && servicePlans.stream()
                .anyMatch(plan -> plan.enabled() && servicePlanIds.contains(plan.servicePlanId()));
    }
}
