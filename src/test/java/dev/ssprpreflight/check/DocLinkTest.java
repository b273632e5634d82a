package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocLinkTest {

    @Test
    void putsTheLocaleAfterTheLearnHostAndKeepsTheAnchor() {
        var link = DocLink.learn("entra/identity/authentication/concept-sspr-writeback#unsupported-writeback-operations");

        assertThat(link.forLocale("sv-se")).isEqualTo(
                "https://learn.microsoft.com/sv-se/entra/identity/authentication/concept-sspr-writeback#unsupported-writeback-operations");
    }

    @Test
    void writesTheLocaleInLowerCase() {
        assertThat(DocLink.learn("entra/x").forLocale("SV-SE")).isEqualTo("https://learn.microsoft.com/sv-se/entra/x");
    }

    @Test
    void leavesAbsoluteLinksUnchanged() {
        assertThat(DocLink.absolute("https://mysignins.microsoft.com/security-info").forLocale("sv-se"))
                .isEqualTo("https://mysignins.microsoft.com/security-info");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            WRITEBACK_NOT_ENABLED,       https://learn.microsoft.com/en-us/entra/identity/authentication/tutorial-enable-sspr-writeback
            LICENSE_MISSING,             https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-licensing
            SYNC_STALE,                  https://learn.microsoft.com/en-us/entra/identity/authentication/troubleshoot-sspr-writeback#confirm-network-connectivity
            ONPREM_PROTECTED_ACCOUNT,    https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-writeback
            METHODS_NOT_REGISTERED,      https://mysignins.microsoft.com/security-info
            ADMIN_NEEDS_TWO_METHODS,     https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences
            ADMIN_SSPR_DISABLED,         https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences
            ACCOUNT_DISABLED,            https://learn.microsoft.com/en-us/entra/identity/authentication/troubleshoot-sspr
            SSPR_NOT_ENABLED,            https://learn.microsoft.com/en-us/entra/identity/authentication/troubleshoot-sspr#sspr-errors-that-a-user-might-see
            GUEST_ACCOUNT,               https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-howitworks#password-reset-for-b2b-users
            LICENSE_NOT_ASSIGNED,        https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-licensing
            PROVISIONING_ERRORS,         https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/how-to-connect-syncservice-duplicate-attribute-resiliency
            SYNC_LATE,                   https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler
            SYNC_ERRORS,                 https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/how-to-connect-syncservice-duplicate-attribute-resiliency
            ADMIN_WRITEBACK_UNSUPPORTED, https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-writeback
            """)
    void linksEachReasonToThePageOfTheCatalogue(Reason reason, String englishLink) {
        assertThat(reason.docLink().forLocale("en-us")).isEqualTo(englishLink);
    }
}
