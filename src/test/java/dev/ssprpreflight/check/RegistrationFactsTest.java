package dev.ssprpreflight.check;

import static dev.ssprpreflight.check.Facts.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationFactsTest {

    @ParameterizedTest(name = "report [{0}], live [{1}] -> [{2}]")
    @CsvSource(nullValues = "-", textBlock = """
            # report,                        live,            bestKnown
            -,                               -,               -
            EMAIL MOBILE_PHONE,              -,               EMAIL MOBILE_PHONE
            -,                               SOFTWARE_CODE,   SOFTWARE_CODE
            EMAIL MOBILE_PHONE,              SOFTWARE_CODE,   SOFTWARE_CODE
            EMAIL,                           '',              ''
            EMAIL SECURITY_QUESTIONS,        SOFTWARE_CODE,   SOFTWARE_CODE SECURITY_QUESTIONS
            SECURITY_QUESTIONS,              '',              SECURITY_QUESTIONS
            """)
    void prefersTheLiveLookButKeepsSecurityQuestionsFromTheReport(String report, String live, String bestKnown) {
        var registration = new RegistrationFacts(
                Optional.ofNullable(report).map(names -> new RegistrationReport(true, true, methods(names), Facts.NOW, false)),
                Optional.ofNullable(live).map(Facts::methods));

        assertThat(registration.bestKnownMethods()).isEqualTo(Optional.ofNullable(bestKnown).map(Facts::methods));
    }
}
