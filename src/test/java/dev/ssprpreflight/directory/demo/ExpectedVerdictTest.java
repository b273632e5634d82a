package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;

/** The {@code expect:} syntax of the demo file: outcome, blocks and findings, and the mistakes it refuses. */
class ExpectedVerdictTest {

    @Test
    void readsAnOutcomeAlone() {
        assertThat(ExpectedVerdict.parse("READY")).isEqualTo(new ExpectedVerdict(Outcome.READY, List.of(), List.of()));
        assertThat(ExpectedVerdict.parse(" CHECKS_UNAVAILABLE ").outcome()).isEqualTo(Outcome.CHECKS_UNAVAILABLE);
    }

    @Test
    void readsBlocksAndFindingsIntoCatalogueOrder() {
        ExpectedVerdict expected = ExpectedVerdict
                .parse("BLOCKED [SSPR_NOT_ENABLED, METHODS_NOT_REGISTERED], findings [SYNC_LATE, LICENSE_NOT_ASSIGNED]");

        assertThat(expected.blocks()).containsExactly(Reason.METHODS_NOT_REGISTERED, Reason.SSPR_NOT_ENABLED);
        assertThat(expected.findings()).containsExactly(Reason.LICENSE_NOT_ASSIGNED, Reason.SYNC_LATE);
        assertThat(expected.reasons()).containsExactly(Reason.METHODS_NOT_REGISTERED, Reason.SSPR_NOT_ENABLED,
                Reason.LICENSE_NOT_ASSIGNED, Reason.SYNC_LATE);
        assertThat(expected).hasToString(
                "BLOCKED [METHODS_NOT_REGISTERED, SSPR_NOT_ENABLED], findings [LICENSE_NOT_ASSIGNED, SYNC_LATE]");
    }

    @Test
    void readsAReadyUserWithFindings() {
        ExpectedVerdict expected = ExpectedVerdict.parse("READY, findings [PROVISIONING_ERRORS]");

        assertThat(expected.outcome()).isEqualTo(Outcome.READY);
        assertThat(expected.blocks()).isEmpty();
        assertThat(expected.findings()).containsExactly(Reason.PROVISIONING_ERRORS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            BLOKED [GUEST_ACCOUNT]                        | 'BLOKED' is not one of
            BLOCKED                                       | BLOCKED needs blocks in brackets
            READY [GUEST_ACCOUNT]                         | BLOCKED needs blocks in brackets, and only BLOCKED has them
            BLOCKED [GUEST]                               | 'GUEST' is not one of
            UNKNOWN_USER                                  | users who are not in the file are the unknown ones
            BLOCKED [PROVISIONING_ERRORS]                 | PROVISIONING_ERRORS is a FINDING, not a BLOCK
            READY, findings [LICENSE_MISSING]             | LICENSE_MISSING is a BLOCK, not a FINDING
            BLOCKED [SYNC_ERRORS]                         | SYNC_ERRORS is retired: no check raises it any more
            BLOCKED [GUEST_ACCOUNT, GUEST_ACCOUNT]        | GUEST_ACCOUNT is listed twice
            CHECKS_UNAVAILABLE, findings [SYNC_LATE]      | CHECKS_UNAVAILABLE has no findings
            READY + [SYNC_LATE]                           | is not READY, CHECKS_UNAVAILABLE or BLOCKED [BLOCK, ...]
            """)
    void refusesWhatNoVerdictCanBe(String text, String message) {
        assertThatThrownBy(() -> ExpectedVerdict.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
