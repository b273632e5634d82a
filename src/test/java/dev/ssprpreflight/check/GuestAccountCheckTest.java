package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.check.UserFacts.UserType;

class GuestAccountCheckTest {

    private final GuestAccountCheck check = new GuestAccountCheck();

    @Test
    void blocksAnInvitedB2bGuest() {
        assertThat(check.raises(Facts.ready().guest().context())).isTrue();
    }

    @Test
    void doesNotBlockAMember() {
        assertThat(check.raises(Facts.ready().context())).isFalse();
    }

    @Test
    void doesNotBlockAnInternalGuestWithALocalPassword() {
        var context = Facts.ready().userType(UserType.GUEST).identityIssuers("contoso.onmicrosoft.com").context();

        assertThat(check.raises(context)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                   upn,                                   creationType, issuer,                  blocks
            #EXT# in the UPN,                         adele_adatum.com#EXT#@contoso.com,     -,            contoso.onmicrosoft.com, true
            #ext# in lower case,                      adele_adatum.com#ext#@contoso.com,     -,            contoso.onmicrosoft.com, true
            invited,                                  adele@contoso.com,                     Invitation,   contoso.onmicrosoft.com, true
            identity issued by another organisation,  adele@contoso.com,                     -,            ExternalAzureAD,         true
            personal Microsoft account,               adele@contoso.com,                     -,            MicrosoftAccount,        true
            identity issued by a custom domain,       adele@contoso.com,                     -,            contoso.com,             false
            issuer in upper case,                     adele@contoso.com,                     -,            CONTOSO.onmicrosoft.com, false
            created locally,                          adele@contoso.com,                     LocalAccount, contoso.onmicrosoft.com, false
            """)
    void judgesTheHomeOfTheAccountNotItsUserType(String description, String upn, String creationType, String issuer,
            boolean blocks) {
        var context = Facts.ready().userType(UserType.MEMBER).userPrincipalName(upn).creationType(creationType)
                .identityIssuers(issuer).context();

        assertThat(check.raises(context)).isEqualTo(blocks);
    }

    @Test
    void aMemberWithoutKnownIdentitiesIsNotExternal() {
        assertThat(check.raises(Facts.ready().identityIssuers().context())).isFalse();
    }

    @Test
    void doesNotJudgeIdentitiesWhenTheOrganisationsDomainsAreUnknown() {
        var context = Facts.ready().verifiedDomains().identityIssuers("contoso.onmicrosoft.com").context();

        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void anExternalMemberIsExternalAlthoughItsUserTypeSaysMember() {
        var context = Facts.ready().userType(UserType.MEMBER).identityIssuers("ExternalAzureAD").context();

        assertThat(check.raises(context)).isTrue();
    }
}
