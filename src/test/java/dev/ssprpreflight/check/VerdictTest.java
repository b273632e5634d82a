package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VerdictTest {

    private static final Duration TOOK = Duration.ofMillis(120);

    @Test
    void rejectsBlockedVerdictWithoutReasons() {
        assertThatIllegalArgumentException().isThrownBy(() -> verdict(Outcome.BLOCKED, List.of()));
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = "BLOCKED", mode = EnumSource.Mode.EXCLUDE)
    void rejectsReasonsOnAnyOtherOutcome(Outcome outcome) {
        assertThatIllegalArgumentException().isThrownBy(() -> verdict(outcome, List.of(Reason.GUEST_ACCOUNT)));
    }

    @Test
    void judgesUserWithoutReasonsReady() {
        var facts = Facts.ready();

        var verdict = Verdict.judged(facts.user(), facts.tenant(), List.of(), List.of("req-1"), TOOK);

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.user()).contains(facts.user());
        assertThat(verdict.directoryRequestIds()).containsExactly("req-1");
    }

    @Test
    void judgesUserWithReasonsBlocked() {
        var facts = Facts.ready().disabled();

        var verdict = Verdict.judged(facts.user(), facts.tenant(), List.of(Reason.ACCOUNT_DISABLED), List.of(), TOOK);

        assertThat(verdict.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(verdict.blocks()).containsExactly(Reason.ACCOUNT_DISABLED);
    }

    @Test
    void sortsRaisedReasonsIntoBlocksAndFindings() {
        var facts = Facts.ready().disabled();

        var verdict = Verdict.judged(facts.user(), facts.tenant(),
                List.of(Reason.ACCOUNT_DISABLED, Reason.LICENSE_NOT_ASSIGNED, Reason.SYNC_LATE), List.of(), TOOK);

        assertThat(verdict.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(verdict.blocks()).containsExactly(Reason.ACCOUNT_DISABLED);
        assertThat(verdict.findings()).containsExactly(Reason.LICENSE_NOT_ASSIGNED, Reason.SYNC_LATE);
        assertThat(verdict.reasons()).containsExactly(Reason.ACCOUNT_DISABLED, Reason.LICENSE_NOT_ASSIGNED,
                Reason.SYNC_LATE);
    }

    @Test
    void findingsAloneLeaveTheUserReady() {
        var facts = Facts.ready();

        var verdict = Verdict.judged(facts.user(), facts.tenant(), List.of(Reason.PROVISIONING_ERRORS), List.of(),
                TOOK);

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.findings()).containsExactly(Reason.PROVISIONING_ERRORS);
    }

    @Test
    void rejectsAFindingAmongTheBlocksAndABlockAmongTheFindings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Verdict(Outcome.BLOCKED,
                List.of(Reason.SYNC_LATE), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                TOOK));
        assertThatIllegalArgumentException().isThrownBy(() -> new Verdict(Outcome.READY, List.of(),
                List.of(Reason.ACCOUNT_DISABLED), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                TOOK));
    }

    @Test
    void keepsTheCauseOfUnavailableChecks() {
        var verdict = Verdict.checksUnavailable("Graph answered 503", List.of("req-9"), TOOK);

        assertThat(verdict.outcome()).isEqualTo(Outcome.CHECKS_UNAVAILABLE);
        assertThat(verdict.unavailableCause()).contains("Graph answered 503");
        assertThat(verdict.user()).isEmpty();
    }

    @Test
    void knowsNothingAboutAnUnknownUser() {
        var verdict = Verdict.unknownUser(List.of("req-2"), TOOK);

        assertThat(verdict.outcome()).isEqualTo(Outcome.UNKNOWN_USER);
        assertThat(verdict.user()).isEmpty();
        assertThat(verdict.tenant()).isEmpty();
        assertThat(verdict.directoryRequestIds()).containsExactly("req-2");
    }

    @ParameterizedTest
    @CsvSource({ "READY, true", "BLOCKED, false", "UNKNOWN_USER, true", "CHECKS_UNAVAILABLE, true" })
    void keepsOnlyBlockedUsersOnOurPage(Outcome outcome, boolean sendsToPortal) {
        assertThat(outcome.sendsToPortal()).isEqualTo(sendsToPortal);
    }

    private static Verdict verdict(Outcome outcome, List<Reason> reasons) {
        return new Verdict(outcome, reasons, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), TOOK);
    }
}
