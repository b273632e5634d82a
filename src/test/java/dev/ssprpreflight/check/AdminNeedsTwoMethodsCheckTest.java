package dev.ssprpreflight.check;

import static dev.ssprpreflight.check.Facts.GLOBAL_READER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminNeedsTwoMethodsCheckTest {

    private final AdminNeedsTwoMethodsCheck check = new AdminNeedsTwoMethodsCheck();

    @ParameterizedTest(name = "live look shows [{0}]")
    @CsvSource(textBlock = """
            # liveMethods,                        blocks
            '',                                   true
            MOBILE_PHONE,                         true
            MOBILE_PHONE NOT_FOR_RESET,           true
            MOBILE_PHONE SECURITY_QUESTIONS,      true
            MOBILE_PHONE EMAIL,                   false
            SOFTWARE_CODE AUTHENTICATOR_NOTIFICATION, false
            OFFICE_PHONE HARDWARE_CODE,           false
            MOBILE_PHONE ALTERNATE_MOBILE_PHONE,  true
            """)
    void blocksAdministratorWithFewerThanTwoAdminMethodsInTheLiveLook(String liveMethods, boolean blocks) {
        var context = Facts.ready().admin().report(true, true, "EMAIL").liveMethods(liveMethods).context();

        assertThat(check.raises(context)).isEqualTo(blocks);
    }

    @Test
    void doesNotCountSecurityQuestionsFromTheReport() {
        var context = Facts.ready().admin().report(true, true, "MOBILE_PHONE SECURITY_QUESTIONS")
                .liveMethods("MOBILE_PHONE").context();

        assertThat(check.raises(context)).isTrue();
    }

    @ParameterizedTest(name = "report shows [{0}]")
    @CsvSource(textBlock = """
            # reportMethods,                 wantsLiveMethods
            '',                              true
            EMAIL,                           true
            EMAIL SECURITY_QUESTIONS,        true
            EMAIL MOBILE_PHONE,              false
            """)
    void asksForLiveLookWhenTheReportShowsTooFewAdminMethods(String reportMethods, boolean wantsLiveMethods) {
        var context = Facts.ready().admin().report(true, true, reportMethods).context();

        assertThat(check.wantsLiveMethods(context)).isEqualTo(wantsLiveMethods);
        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void asksForLiveLookWhenTheReportDoesNotKnowTheAdministrator() {
        assertThat(check.wantsLiveMethods(Facts.ready().admin().noReport().context())).isTrue();
    }

    @Test
    void blocksOnTheReportWhenTheAuditLogShowsNoRegistrationSinceIt() {
        var context = Facts.ready().admin().report(true, true, "EMAIL").activity(RegistrationActivity.NONE_SINCE_REPORT)
                .context();

        assertThat(check.raises(context)).isTrue();
        assertThat(check.wantsLiveMethods(context)).isFalse();
    }

    @Test
    void staysSilentWhenTheAdministratorRegisteredSinceTheReport() {
        var context = Facts.ready().admin().report(true, true, "EMAIL").activity(RegistrationActivity.SINCE_REPORT)
                .context();

        assertThat(check.raises(context)).isFalse();
        assertThat(check.wantsLiveMethods(context)).isFalse();
    }

    @Test
    void ignoresNonAdministrators() {
        var facts = Facts.ready().roles(GLOBAL_READER).report(true, true, "");

        assertThat(check.wantsLiveMethods(facts.context())).isFalse();
        assertThat(check.raises(facts.liveMethods("EMAIL").context())).isFalse();
    }

    @ParameterizedTest(name = "{0}: live look shows [{1}]")
    @CsvSource(textBlock = """
            # tenant,                           liveMethods,                         blocks
            custom domain,                      MOBILE_PHONE,                        true
            custom domain,                      MOBILE_PHONE EMAIL,                  false
            no custom domain and no sync,       MOBILE_PHONE,                        false
            no custom domain and no sync,       '',                                  true
            no custom domain and no sync,       SECURITY_QUESTIONS,                  true
            no custom domain and no sync,       ALTERNATE_MOBILE_PHONE,              true
            no custom domain but sync,          MOBILE_PHONE,                        true
            """)
    void asksForOneMethodOnlyInAnOrganisationWithoutCustomDomainAndSync(String tenant, String liveMethods,
            boolean blocks) {
        var facts = switch (tenant) {
            case "custom domain" -> Facts.ready();
            case "no custom domain and no sync" -> Facts.ready().cloudOnlyTenantWithoutCustomDomain();
            default -> Facts.ready().cloudOnlyTenantWithoutCustomDomain().directorySyncEnabled(true);
        };
        var context = facts.admin().report(true, true, "EMAIL").liveMethods(liveMethods).context();

        assertThat(check.raises(context)).isEqualTo(blocks);
    }

    @Test
    void recognisesATwoGateRoleMicrosoftPublishesNoTemplateIdFor() {
        var context = Facts.ready().roleNames("Mailbox Administrator").report(true, true, "EMAIL")
                .liveMethods("EMAIL").context();

        assertThat(check.raises(context)).isTrue();
    }

    @Test
    void recognisesARoleAddedToTheListIn2025() {
        var conditionalAccessAdministrator = "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9";
        var context = Facts.ready().roles(conditionalAccessAdministrator).report(true, true, "EMAIL")
                .liveMethods("EMAIL").context();

        assertThat(check.raises(context)).isTrue();
    }
}
