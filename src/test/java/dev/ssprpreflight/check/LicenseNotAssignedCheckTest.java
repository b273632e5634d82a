package dev.ssprpreflight.check;

import static dev.ssprpreflight.check.Facts.BUSINESS_STANDARD_SKU;
import static dev.ssprpreflight.check.Facts.EXCHANGE_PLAN;
import static dev.ssprpreflight.check.Facts.M365_E3_SKU;
import static dev.ssprpreflight.check.Facts.P1_PLAN;
import static dev.ssprpreflight.check.Facts.P1_SKU;
import static dev.ssprpreflight.check.Facts.P2_PLAN;
import static dev.ssprpreflight.check.Facts.license;
import static dev.ssprpreflight.check.Facts.plan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LicenseNotAssignedCheckTest {

    private final LicenseNotAssignedCheck check = new LicenseNotAssignedCheck();

    static Stream<Arguments> capabilityStatuses() {
        return Stream.of(
                Arguments.of("Enabled", true),
                Arguments.of("Warning", true),
                Arguments.of("Suspended", false),
                Arguments.of("Deleted", false),
                Arguments.of("LockedOut", false),
                Arguments.of("PendingActivation", false),
                Arguments.of(null, false));
    }

    @ParameterizedTest(name = "P1 plan {0} counts: {1}")
    @MethodSource("capabilityStatuses")
    void countsPremiumPlanOfSyncedUserOnlyWhenEnabledOrInGracePeriod(String capabilityStatus, boolean counts) {
        var context = Facts.ready().synced().plans(plan(P1_PLAN, capabilityStatus)).context();

        assertThat(check.raises(context)).isEqualTo(!counts);
    }

    @ParameterizedTest(name = "only plan {0} counts: {1}")
    @MethodSource("capabilityStatuses")
    void countsAnyPlanOfCloudOnlyUserOnlyWhenEnabledOrInGracePeriod(String capabilityStatus, boolean counts) {
        var context = Facts.ready()
                .plans(plan(EXCHANGE_PLAN, capabilityStatus))
                .licenses(license(BUSINESS_STANDARD_SKU))
                .context();

        assertThat(check.raises(context)).isEqualTo(!counts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # case,                       servicePlanId,                        blocks
            Entra ID P1,                  41781fb2-bc02-4b7c-bd55-b576c07bb09d, false
            Entra ID P2,                  eec0eb4f-6444-4f95-aba0-50c24d67f998, false
            P1 id in upper case,          41781FB2-BC02-4B7C-BD55-B576C07BB09D, false
            Exchange plan only,           9aaf7827-d63c-4b61-89c3-182f06f82e5c, true
            """)
    void syncedUserNeedsAnEntraIdPremiumPlan(String description, String servicePlanId, boolean blocks) {
        var context = Facts.ready().synced().plans(plan(servicePlanId, "Enabled")).context();

        assertThat(check.raises(context)).isEqualTo(blocks);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                 onPremisesSyncEnabled, upnDomain,    blocks
            synced user,            true,                  contoso.com,  true
            federated-domain user,  -,                     fabrikam.com, true
            cloud-only user,        -,                     contoso.com,  false
            formerly synced user,   false,                 contoso.com,  false
            """)
    void paidPlanWithoutPremiumCoversOnlyCloudOnlyUsers(String description, Boolean onPremisesSyncEnabled,
            String upnDomain, boolean blocks) {
        var context = Facts.ready()
                .onPremisesSyncEnabled(Optional.ofNullable(onPremisesSyncEnabled))
                .userPrincipalName("adele@" + upnDomain)
                .plans(plan(EXCHANGE_PLAN, "Enabled"))
                .licenses(license(BUSINESS_STANDARD_SKU))
                .context();

        assertThat(check.raises(context)).isEqualTo(blocks);
    }

    @Test
    void blocksCloudOnlyUserWithoutAnyPlan() {
        assertThat(check.raises(Facts.ready().plans().licenses().context())).isTrue();
    }

    @Test
    void blocksSyncedUserWhosePremiumPlanIsSwitchedOffInTheirOnlyLicence() {
        var context = Facts.ready().synced()
                .plans(plan(P1_PLAN, "Enabled"))
                .licenses(license(M365_E3_SKU, P1_PLAN))
                .context();

        assertThat(check.raises(context)).isTrue();
    }

    @Test
    void blocksCloudOnlyUserWhoseOnlyPlanIsSwitchedOffInTheirOnlyLicence() {
        var context = Facts.ready()
                .plans(plan(EXCHANGE_PLAN, "Enabled"))
                .licenses(license(BUSINESS_STANDARD_SKU, EXCHANGE_PLAN.toUpperCase(Locale.ROOT)))
                .context();

        assertThat(check.raises(context)).isTrue();
    }

    @Test
    void countsPremiumPlanThatAnotherLicenceLeavesOn() {
        var context = Facts.ready().synced()
                .plans(plan(P1_PLAN, "Enabled"))
                .licenses(license(M365_E3_SKU, P1_PLAN), license(P1_SKU))
                .context();

        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void doesNotBlockSyncedUserWithP2WhenP1IsSwitchedOff() {
        var context = Facts.ready().synced()
                .plans(plan(P1_PLAN, "Enabled"), plan(P2_PLAN, "Enabled"))
                .licenses(license(M365_E3_SKU, P1_PLAN))
                .context();

        assertThat(check.raises(context)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # case,                                  skuId,                                servicePlanId,                        blocks
            qualifying SKU,                          f245ecc8-75af-4f8e-b61f-27d8114de5f3, 9aaf7827-d63c-4b61-89c3-182f06f82e5c, false
            qualifying SKU in upper case,            F245ECC8-75AF-4F8E-B61F-27D8114DE5F3, 9aaf7827-d63c-4b61-89c3-182f06f82e5c, false
            other SKU with an enabled plan,          c7df2760-2c81-4ef7-b578-5b5392b571df, 9aaf7827-d63c-4b61-89c3-182f06f82e5c, true
            other SKU with Entra ID P1,              05e9a617-0261-4cee-bb44-138d3ef5d965, 41781fb2-bc02-4b7c-bd55-b576c07bb09d, false
            """)
    void cloudOnlyUserNeedsAQualifyingSkuOrPremiumWhenTheOrganisationListsSkus(String description, String skuId,
            String servicePlanId, boolean blocks) {
        var context = Facts.ready()
                .cloudQualifyingSkus(BUSINESS_STANDARD_SKU.toUpperCase(Locale.ROOT))
                .licenses(license(skuId))
                .plans(plan(servicePlanId, "Enabled"))
                .context();

        assertThat(check.raises(context)).isEqualTo(blocks);
    }

    @Test
    void qualifyingSkuDoesNotCoverSyncedUser() {
        var context = Facts.ready().synced()
                .cloudQualifyingSkus(BUSINESS_STANDARD_SKU)
                .licenses(license(BUSINESS_STANDARD_SKU))
                .plans(plan(EXCHANGE_PLAN, "Enabled"))
                .context();

        assertThat(check.raises(context)).isTrue();
    }
}
