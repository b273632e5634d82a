package dev.ssprpreflight.check;

import static dev.ssprpreflight.check.Facts.BUSINESS_STANDARD_SKU;
import static dev.ssprpreflight.check.Facts.EXCHANGE_PLAN;
import static dev.ssprpreflight.check.Facts.M365_E3_SKU;
import static dev.ssprpreflight.check.Facts.P1_PLAN;
import static dev.ssprpreflight.check.Facts.P1_SKU;
import static dev.ssprpreflight.check.Facts.P2_PLAN;
import static dev.ssprpreflight.check.Facts.sku;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The organisation-level licence rule: judged on /subscribedSkus, never on the user's own plans. */
class LicenseMissingCheckTest {

    private final LicenseMissingCheck check = new LicenseMissingCheck();

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # case,                               capabilityStatus, enabledUnits, blocks
            P1 subscription in force,             Enabled,          25,           false
            P1 subscription in its grace period,  Warning,          25,           false
            P1 subscription suspended,            Suspended,        25,           true
            P1 subscription deleted,              Deleted,          25,           true
            P1 subscription locked out,           LockedOut,        25,           true
            P1 subscription with zero units,      Enabled,          0,            true
            P1 subscription in a status Graph adds later, SomethingNew, 25,       false
            """)
    void syncedUserNeedsAPremiumSubscriptionInForce(String description, String capabilityStatus, long units,
            boolean blocks) {
        var context = Facts.ready().synced().subscriptions(sku(P1_SKU, capabilityStatus, units, P1_PLAN)).context();

        assertThat(check.raises(context)).isEqualTo(blocks);
    }

    @Test
    void doesNotBlockAnUnlicensedUserInALicensedOrganisation() {
        var context = Facts.ready().synced().plans().licenses()
                .subscriptions(sku(M365_E3_SKU, "Enabled", 100, EXCHANGE_PLAN, P1_PLAN)).context();

        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void countsP2AsWellAsP1() {
        var context = Facts.ready().synced().subscriptions(sku(M365_E3_SKU, "Enabled", 10, P2_PLAN)).context();

        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void blocksSyncedUserWhenThePremiumPlanIsSwitchedOffInTheSubscription() {
        var disabledP1 = new SubscribedSku(M365_E3_SKU, "SPE_E3", AssignedPlan.CapabilityStatus.ENABLED, 10,
                List.of(new SubscribedSku.ServicePlan(P1_PLAN, "Disabled"),
                        new SubscribedSku.ServicePlan(EXCHANGE_PLAN, "Success")));

        assertThat(check.raises(Facts.ready().synced().subscriptions(disabledP1).context())).isTrue();
    }

    @Test
    void countsAPremiumPlanWhoseProvisioningIsPending() {
        var pendingP1 = new SubscribedSku(P1_SKU, "AAD_PREMIUM", AssignedPlan.CapabilityStatus.ENABLED, 10,
                List.of(new SubscribedSku.ServicePlan(P1_PLAN, "PendingActivation")));

        assertThat(check.raises(Facts.ready().synced().subscriptions(pendingP1).context())).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # case,                 synced, upn,                   blocks
            synced user,            true,   adele@contoso.com,     true
            federated-domain user,  false,  adele@fabrikam.com,    true
            cloud-only user,        false,  adele@contoso.com,     false
            """)
    void paidMicrosoft365WithoutPremiumCoversOnlyCloudOnlyUsers(String description, boolean synced, String upn,
            boolean blocks) {
        var facts = Facts.ready().userPrincipalName(upn)
                .subscriptions(sku(BUSINESS_STANDARD_SKU, "Enabled", 10, EXCHANGE_PLAN));
        var context = (synced ? facts.synced() : facts).context();

        assertThat(check.raises(context)).isEqualTo(blocks);
    }

    @Test
    void blocksCloudOnlyUserInAnOrganisationWithoutAnySubscription() {
        assertThat(check.raises(Facts.ready().subscriptions().context())).isTrue();
    }

    @Test
    void blocksCloudOnlyUserWhenEverySubscriptionIsSuspendedOrEmpty() {
        var context = Facts.ready().subscriptions(sku(BUSINESS_STANDARD_SKU, "Suspended", 10, EXCHANGE_PLAN),
                sku(M365_E3_SKU, "Enabled", 0, EXCHANGE_PLAN, P1_PLAN)).context();

        assertThat(check.raises(context)).isTrue();
    }

    @Test
    void cloudOnlyUserNeedsAListedSkuWhenTheOrganisationListsThem() {
        var other = sku("c7df2760-2c81-4ef7-b578-5b5392b571df", "Enabled", 10, EXCHANGE_PLAN);
        var listed = sku(BUSINESS_STANDARD_SKU, "Enabled", 10, EXCHANGE_PLAN);

        assertThat(check.raises(Facts.ready().cloudQualifyingSkus(BUSINESS_STANDARD_SKU).subscriptions(other)
                .context())).isTrue();
        assertThat(check.raises(Facts.ready().cloudQualifyingSkus(BUSINESS_STANDARD_SKU).subscriptions(other, listed)
                .context())).isFalse();
    }

    @Test
    void blocksNobodyWhenTheSubscriptionsCouldNotBeRead() {
        assertThat(check.raises(Facts.ready().synced().subscriptionsUnknown().context())).isFalse();
    }
}
