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
            """)
    void blocksAdministratorWithFewerThanTwoAdminMethodsInTheLiveLook(String liveMethods, boolean blocks) {
        var context = Facts.ready().admin().report(true, true, "EMAIL").liveMethods(liveMethods).context();

        assertThat(check.blocks(context)).isEqualTo(blocks);
    }

    @Test
    void doesNotCountSecurityQuestionsFromTheReport() {
        var context = Facts.ready().admin().report(true, true, "MOBILE_PHONE SECURITY_QUESTIONS")
                .liveMethods("MOBILE_PHONE").context();

        assertThat(check.blocks(context)).isTrue();
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
        assertThat(check.blocks(context)).isFalse();
    }

    @Test
    void asksForLiveLookWhenTheReportDoesNotKnowTheAdministrator() {
        assertThat(check.wantsLiveMethods(Facts.ready().admin().noReport().context())).isTrue();
    }

    @Test
    void ignoresNonAdministrators() {
        var facts = Facts.ready().roles(GLOBAL_READER).report(true, true, "");

        assertThat(check.wantsLiveMethods(facts.context())).isFalse();
        assertThat(check.blocks(facts.liveMethods("EMAIL").context())).isFalse();
    }
}
