package dev.ssprpreflight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RetentionPurgeTest {

    @Inject
    RetentionPurge purge;

    @Inject
    ConsoleAccessLog accessLog;

    @BeforeEach
    void clear() {
        AttemptFixtures.clear();
    }

    @Test
    void deletesAttemptsOlderThanTheRetentionWithTheirReasons() {
        Instant now = Instant.now();
        Attempt old = AttemptFixtures.insert("old@contoso.example", Outcome.BLOCKED,
                List.of(Reason.SYNC_ERRORS, Reason.LICENSE_MISSING), now.minus(Duration.ofDays(91)));
        Attempt young = AttemptFixtures.insert("young@contoso.example", Outcome.BLOCKED, List.of(Reason.SYNC_ERRORS),
                now.minus(Duration.ofDays(89)));

        long deleted = purge.purge();

        assertThat(deleted).isEqualTo(1);
        assertThat(StoredAttempts.byReferenceCode(old.referenceCode)).isNull();
        assertThat(StoredAttempts.byReferenceCode(young.referenceCode).reasons).containsExactly(Reason.SYNC_ERRORS);
        assertThat(StoredAttempts.reasonRowsOf(old.id)).isZero();
    }

    @Test
    void keepsEverythingYoungerThanTheRetention() {
        AttemptFixtures.insert("today@contoso.example", Outcome.READY, List.of(), Instant.now());
        accessLog.record("helpdesk.anna", "view-dashboard", "days=30");

        assertThat(purge.purge()).isZero();
        assertThat(StoredAttempts.consoleAccesses()).hasSize(1);
    }
}
