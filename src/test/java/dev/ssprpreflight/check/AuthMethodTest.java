package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthMethodTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            mobilePhone,                MOBILE_PHONE
            alternateMobilePhone,       ALTERNATE_MOBILE_PHONE
            officePhone,                OFFICE_PHONE
            email,                      EMAIL
            microsoftAuthenticatorPush, AUTHENTICATOR_NOTIFICATION
            softwareOneTimePasscode,    SOFTWARE_CODE
            hardwareOneTimePasscode,    HARDWARE_CODE
            securityQuestion,           SECURITY_QUESTIONS
            MOBILEPHONE,                MOBILE_PHONE
            MicrosoftAuthenticatorPUSH, AUTHENTICATOR_NOTIFICATION
            """)
    void mapsReportNamesIgnoringCase(String reportName, AuthMethod expected) {
        assertThat(AuthMethod.fromReportName(reportName)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "fido2", "passKeyDeviceBound", "windowsHelloForBusiness", "temporaryAccessPass",
            "unknownFutureValue", "" })
    void mapsUnknownAndSignInOnlyNamesToNothingUsable(String reportName) {
        AuthMethod method = AuthMethod.fromReportName(reportName);

        assertThat(method).isEqualTo(AuthMethod.NOT_FOR_RESET);
        assertThat(method.usableForReset()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AuthMethod.class, names = { "SECURITY_QUESTIONS", "NOT_FOR_RESET",
            "ALTERNATE_MOBILE_PHONE" }, mode = EnumSource.Mode.EXCLUDE)
    void acceptsContactAndAppMethodsForUsersAndAdmins(AuthMethod method) {
        assertThat(method.usableForReset()).isTrue();
        assertThat(method.usableForAdminReset()).isTrue();
    }

    @Test
    void acceptsSecurityQuestionsForUsersButNotForAdmins() {
        assertThat(AuthMethod.SECURITY_QUESTIONS.usableForReset()).isTrue();
        assertThat(AuthMethod.SECURITY_QUESTIONS.usableForAdminReset()).isFalse();
    }

    /** "Alternate phone methods are only available for MFA" (concept-authentication-phone-options). */
    @Test
    void acceptsTheAlternateMobilePhoneForNobody() {
        assertThat(AuthMethod.ALTERNATE_MOBILE_PHONE.usableForReset()).isFalse();
        assertThat(AuthMethod.ALTERNATE_MOBILE_PHONE.usableForAdminReset()).isFalse();
        assertThat(AuthMethod.resetMethods()).doesNotContain(AuthMethod.ALTERNATE_MOBILE_PHONE, AuthMethod.NOT_FOR_RESET)
                .contains(AuthMethod.MOBILE_PHONE, AuthMethod.SECURITY_QUESTIONS);
    }

    @Test
    void acceptsSignInOnlyMethodsForNobody() {
        assertThat(AuthMethod.NOT_FOR_RESET.usableForReset()).isFalse();
        assertThat(AuthMethod.NOT_FOR_RESET.usableForAdminReset()).isFalse();
    }
}
