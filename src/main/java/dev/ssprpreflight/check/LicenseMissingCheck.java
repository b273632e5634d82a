package dev.ssprpreflight.check;

import java.util.List;
import java.util.Set;

/**
 * The organisation holds no subscription that covers password reset for this user (SSPR_0012 at the
 * portal: "Your organization doesn't have the required licenses").
 * <p>
 * Microsoft does not enforce SSPR licences per user ("some unlicensed users may technically be able to
 * access SSPR"), so this check judges the organisation's subscriptions ({@code /subscribedSkus}); the
 * user's own plans are the finding {@link LicenseNotAssignedCheck}. Users whose password lives
 * on-premises reset through writeback, which needs Entra ID P1 or P2 ("Standalone Microsoft 365 Basic and
 * Standard licensing plans don't support SSPR with on-premises writeback"). Cloud-only users may also reset
 * with a paid Microsoft 365 subscription such as Business Standard, and no single plan marks that: so they
 * are blocked only when the organisation holds no subscription in force at all, or, when the admins list
 * their qualifying SKUs ({@code sspr.licensing.cloud-qualifying-skus}), none of those and no P1/P2.
 * <p>
 * A subscription counts when it is in force (Enabled or Warning, with units) and the plan is not switched
 * off in it. Subscriptions that could not be read block nobody.
 *
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/concept-sspr-licensing">Licensing
 *      requirements for SSPR</a>
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr">SSPR_0012</a>
 */
final class LicenseMissingCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.LICENSE_MISSING;
    }

    @Override
    public boolean raises(CheckContext context) {
        if (context.tenant().subscriptions().isEmpty()) {
            return false;
        }
        List<SubscribedSku> subscriptions = context.tenant().subscriptions().get();
        boolean premium = subscriptions.stream().anyMatch(SubscribedSku::carriesEntraIdPremium);
        if (premium) {
            return false;
        }
        if (context.passwordManagedOnPremises()) {
            return true;
        }
        Set<String> qualifyingSkus = context.settings().cloudQualifyingSkus();
        return subscriptions.stream().filter(SubscribedSku::inForce)
                .noneMatch(sku -> qualifyingSkus.isEmpty() || qualifyingSkus.contains(sku.skuId()));
    }
}
