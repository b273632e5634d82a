package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnPremProtectedAccountCheckTest {

    private static final String DOMAIN_ADMINS = "6f1c9d2e-8a4b-4c3d-9e2f-1a2b3c4d5e6f";
    private static final String ACCOUNT_OPERATORS = "0b7c2e4a-1d3f-4a5b-8c6d-7e8f9a0b1c2d";

    private final OnPremProtectedAccountCheck check = new OnPremProtectedAccountCheck();

    @Test
    void blocksASyncedMemberOfADeclaredProtectedGroup() {
        var context = Facts.ready().synced().protectedGroups(DOMAIN_ADMINS, ACCOUNT_OPERATORS)
                .memberOf(ACCOUNT_OPERATORS).context();

        assertThat(check.raises(context)).isTrue();
    }

    @Test
    void blocksAFederatedDomainUserInADeclaredProtectedGroup() {
        var context = Facts.ready().inFederatedDomain().protectedGroups(DOMAIN_ADMINS).memberOf(DOMAIN_ADMINS)
                .context();

        assertThat(check.raises(context)).isTrue();
    }

    @Test
    void neverBlocksForAnEntraRoleAlone() {
        var context = Facts.ready().synced().admin().protectedGroups(DOMAIN_ADMINS).memberOf().context();

        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void doesNotBlockACloudOnlyMemberOfTheGroup() {
        var context = Facts.ready().protectedGroups(DOMAIN_ADMINS).memberOf(DOMAIN_ADMINS).context();

        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void isOffWhenNoGroupIsDeclared() {
        var context = Facts.ready().synced().memberOf(DOMAIN_ADMINS).context();

        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void staysSilentWhenTheMembershipCouldNotBeLookedUp() {
        var context = Facts.ready().synced().protectedGroups(DOMAIN_ADMINS).membershipsUnknown().context();

        assertThat(check.raises(context)).isFalse();
    }
}
