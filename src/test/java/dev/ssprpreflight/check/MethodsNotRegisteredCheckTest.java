package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MethodsNotRegisteredCheckTest {

    private final MethodsNotRegisteredCheck check = new MethodsNotRegisteredCheck();

    @Test
    void asksForLiveLookInsteadOfBlockingOnTheReportAlone() {
        var context = Facts.ready().reportSaysNotRegistered().context();

        assertThat(check.raises(context)).isFalse();
        assertThat(check.wantsLiveMethods(context)).isTrue();
    }

    @ParameterizedTest(name = "live look shows [{0}]")
    @CsvSource(textBlock = """
            ''
            NOT_FOR_RESET
            """)
    void blocksWhenLiveLookConfirmsTheReport(String liveMethods) {
        var context = Facts.ready().reportSaysNotRegistered().liveMethods(liveMethods).context();

        assertThat(check.raises(context)).isTrue();
        assertThat(check.wantsLiveMethods(context)).isFalse();
    }

    @Test
    void blocksWithoutLiveLookWhenTheAuditLogShowsNoRegistrationSinceTheReport() {
        var context = Facts.ready().reportSaysNotRegistered().activity(RegistrationActivity.NONE_SINCE_REPORT).context();

        assertThat(check.raises(context)).isTrue();
        assertThat(check.wantsLiveMethods(context)).isFalse();
    }

    @Test
    void staysSilentWithoutLiveLookWhenTheUserRegisteredSinceTheReport() {
        var context = Facts.ready().reportSaysNotRegistered().activity(RegistrationActivity.SINCE_REPORT).context();

        assertThat(check.raises(context)).isFalse();
        assertThat(check.wantsLiveMethods(context)).isFalse();
    }

    @Test
    void aLiveLookOutranksTheAuditLog() {
        var context = Facts.ready().reportSaysNotRegistered().activity(RegistrationActivity.NONE_SINCE_REPORT)
                .liveMethods("MOBILE_PHONE").context();

        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void theAuditLogConfirmsAReportThatSaysRegisteredAsRegistered() {
        var context = Facts.ready().report(true, true, "EMAIL").activity(RegistrationActivity.NONE_SINCE_REPORT).context();

        assertThat(check.raises(context)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AuthMethod.class, names = { "NOT_FOR_RESET", "ALTERNATE_MOBILE_PHONE" }, mode = EnumSource.Mode.EXCLUDE)
    void doesNotBlockWhenLiveLookShowsAMethod(AuthMethod method) {
        var context = Facts.ready().reportSaysNotRegistered().liveMethods(method.name()).context();

        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void countsSecurityQuestionsFromTheReportThatTheLiveLookCannotSee() {
        var context = Facts.ready().report(true, false, "SECURITY_QUESTIONS").liveMethods("").context();

        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void trustsPrefilledContactInfo() {
        var facts = Facts.ready().reportSaysNotRegistered().prefilledContactInfo();

        assertThat(check.wantsLiveMethods(facts.context())).isFalse();
        assertThat(check.raises(facts.liveMethods("").context())).isFalse();
    }

    @Test
    void trustsReportThatSaysRegistered() {
        var facts = Facts.ready().report(true, true, "EMAIL");

        assertThat(check.wantsLiveMethods(facts.context())).isFalse();
        assertThat(check.raises(facts.liveMethods("").context())).isFalse();
    }

    @Test
    void doesNotBlockUnknownUserOfTheReportWithoutLiveLook() {
        assertThat(check.raises(Facts.ready().noReport().context())).isFalse();
    }

    @Test
    void neverCountsAnAlternateMobilePhone() {
        var context = Facts.ready().reportSaysNotRegistered().liveMethods("ALTERNATE_MOBILE_PHONE").context();

        assertThat(check.raises(context)).isTrue();
    }

    @ParameterizedTest(name = "policy requires {0}, live look shows [{1}]")
    @CsvSource(textBlock = """
            # required, liveMethods,                           blocks
            1,          MOBILE_PHONE,                          false
            2,          MOBILE_PHONE,                          true
            2,          MOBILE_PHONE ALTERNATE_MOBILE_PHONE,   true
            2,          MOBILE_PHONE EMAIL,                    false
            2,          MOBILE_PHONE SECURITY_QUESTIONS,       false
            """)
    void blocksWhenTheLiveLookShowsFewerMethodsThanThePolicyRequires(int required, String liveMethods,
            boolean blocks) {
        var context = Facts.ready().methodsRequired(required).report(true, false, "MOBILE_PHONE")
                .liveMethods(liveMethods).context();

        assertThat(check.raises(context)).isEqualTo(blocks);
    }

    @Test
    void suspectsTooFewWhenTheReportShowsFewerMethodsThanThePolicyRequires() {
        var context = Facts.ready().methodsRequired(2).report(true, true, "MOBILE_PHONE").context();

        assertThat(check.wantsLiveMethods(context)).isTrue();
        assertThat(check.raises(context)).isFalse();
    }

    @Test
    void countsOnlyMethodsThePolicyOffers() {
        var facts = Facts.ready().enabledMethods("MOBILE_PHONE OFFICE_PHONE").report(true, true, "EMAIL");

        assertThat(check.wantsLiveMethods(facts.context())).isTrue();
        assertThat(check.raises(facts.liveMethods("EMAIL").context())).isTrue();
        assertThat(check.raises(facts.liveMethods("EMAIL OFFICE_PHONE").context())).isFalse();
    }

    @Test
    void leavesAdministratorsToTheAdministratorPolicy() {
        var facts = Facts.ready().admin().reportSaysNotRegistered();

        assertThat(check.wantsLiveMethods(facts.context())).isFalse();
        assertThat(check.raises(facts.liveMethods("").context())).isFalse();
    }
}
