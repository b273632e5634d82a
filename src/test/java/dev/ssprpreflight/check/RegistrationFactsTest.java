package dev.ssprpreflight.check;

import static dev.ssprpreflight.check.Facts.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
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

    @ParameterizedTest(name = "live [{0}], activity {1} -> confirmed [{2}], worth a live look {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # live,          activity,           confirmed,     worthALiveLook
            -,               UNKNOWN,            -,             true
            -,               NONE_SINCE_REPORT,  EMAIL,         false
            -,               SINCE_REPORT,       -,             false
            SOFTWARE_CODE,   UNKNOWN,            SOFTWARE_CODE, false
            SOFTWARE_CODE,   SINCE_REPORT,       SOFTWARE_CODE, false
            """)
    void confirmsTheReportByALiveLookOrByTheAuditLog(String live, RegistrationActivity activity, String confirmed,
            boolean worthALiveLook) {
        var registration = new RegistrationFacts(
                Optional.of(new RegistrationReport(true, false, methods("EMAIL"), Facts.NOW, false)),
                Optional.ofNullable(live).map(Facts::methods), activity);

        assertThat(registration.confirmedMethods()).isEqualTo(Optional.ofNullable(confirmed).map(Facts::methods));
        assertThat(registration.worthALiveLook()).isEqualTo(worthALiveLook);
    }

    @Test
    void withoutAReportTheAuditLogConfirmsNothing() {
        var registration = RegistrationFacts.unknown().withActivity(RegistrationActivity.NONE_SINCE_REPORT);

        assertThat(registration.confirmedMethods()).isEmpty();
    }
}
