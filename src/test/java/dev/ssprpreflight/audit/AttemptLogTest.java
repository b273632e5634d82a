package dev.ssprpreflight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.Verdict;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AttemptLogTest {

    @Inject
    AttemptLog attemptLog;

    @Test
    void storesTheOutcomeReasonsAndCorrelationIds() {
        Verdict verdict = new Verdict(Outcome.BLOCKED, List.of(Reason.LICENSE_MISSING),
                List.of(Reason.PROVISIONING_ERRORS), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of("req-1", "req-2"), Duration.ofMillis(42));

        RecordedAttempt recorded = attemptLog.record(new AttemptEntry("Anna@Contoso.example", "anna@contoso.example",
                verdict, "sv", "203.0.113.77", "Mozilla/5.0 " + "x".repeat(300)));

        assertThat(recorded.stored()).isTrue();
        Attempt stored = StoredAttempts.byReferenceCode(recorded.referenceCode());
        assertThat(stored.usernameEntered).isEqualTo("Anna@Contoso.example");
        assertThat(stored.usernameNormalised).isEqualTo("anna@contoso.example");
        assertThat(stored.outcome).isEqualTo(Outcome.BLOCKED);
        assertThat(stored.reasons).containsExactlyInAnyOrder(Reason.LICENSE_MISSING, Reason.PROVISIONING_ERRORS);
        assertThat(stored.durationMillis).isEqualTo(42);
        assertThat(stored.locale).isEqualTo("sv");
        assertThat(stored.directoryRequestIds).isEqualTo("req-1 req-2");
        assertThat(stored.occurredAt).isNotNull();
        assertThat(stored.clientIp).as("truncated by default").isEqualTo("203.0.113.0");
        assertThat(stored.userAgent).hasSize(AttemptLog.MAX_USER_AGENT_LENGTH).startsWith("Mozilla/5.0 ");
    }

    @Test
    void keepsWhyTheChecksWereUnavailable() {
        Verdict verdict = new Verdict(Outcome.CHECKS_UNAVAILABLE, List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.of("x".repeat(900)), List.of(), Duration.ofSeconds(3));

        RecordedAttempt recorded = attemptLog.record(new AttemptEntry("a@b.example", "a@b.example", verdict, "en", null, null));

        Attempt stored = StoredAttempts.byReferenceCode(recorded.referenceCode());
        assertThat(stored.unavailableCause).hasSize(AttemptLog.MAX_CAUSE_LENGTH);
    }

    @Test
    void aFailureToStoreIsReportedNotThrown() {
        Verdict verdict = new Verdict(Outcome.READY, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Duration.ZERO);

        RecordedAttempt recorded = attemptLog.record(new AttemptEntry(null, null, verdict, "en", null, null));

        assertThat(recorded.stored()).isFalse();
        assertThat(ReferenceCode.looksLikeOne(recorded.referenceCode())).isTrue();
        assertThat(StoredAttempts.byReferenceCode(recorded.referenceCode()))
                .isNull();
    }
}
