package dev.ssprpreflight.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.AttemptFixtures;
import dev.ssprpreflight.audit.StoredAttempts;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.directory.DirectoryConfig;
import dev.ssprpreflight.directory.demo.DemoDirectory;
import dev.ssprpreflight.directory.demo.DemoPastCheck;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;

/**
 * The seeding of the demo's past checks: once, into an empty log, for the demo directory only, and only while
 * switched on (it is off in the test profile, so the seeder is called here directly).
 */
@QuarkusTest
class DemoHistorySeederTest {

    @Inject
    DemoHistorySeeder seeder;

    @Inject
    @Identifier("demo")
    DemoDirectory demo;

    @BeforeEach
    @AfterEach
    void emptyLog() {
        AttemptFixtures.clear();
    }

    @Test
    void recordsEveryPastCheckOnceWithTheVerdictOfItsMoment() {
        List<DemoPastCheck> checks = demo.pastChecks();

        assertThat(seeder.seed(DirectoryConfig.Adapter.DEMO, true, Instant.now())).isEqualTo(checks.size());
        assertThat(seeder.seed(DirectoryConfig.Adapter.DEMO, true, Instant.now())).as("a second start adds nothing").isZero();

        List<Attempt> attempts = attempts();
        assertThat(attempts).hasSize(checks.size());
        for (int i = 0; i < checks.size(); i++) {
            assertThat(attempts.get(i).usernameNormalised).isEqualTo(checks.get(i).upn());
            assertThat(Duration.between(attempts.get(i).occurredAt, checks.get(i).at()).abs())
                    .isLessThan(Duration.ofMillis(1));
        }
        assertThat(attempts).extracting(attempt -> attempt.referenceCode).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.userObjectId).isNotNull();
            assertThat(attempt.userAgent).isEqualTo(DemoHistorySeeder.USER_AGENT);
            assertThat(attempt.facts).isNotNull();
        });
        assertThat(of(attempts, "adele.vance@contoso.example")).singleElement()
                .satisfies(attempt -> assertThat(attempt.outcome).isEqualTo(Outcome.READY));
        assertThat(of(attempts, "petra.novak@litware.example")).singleElement()
                .satisfies(attempt -> assertThat(attempt.reasons).containsExactly(Reason.METHODS_NOT_REGISTERED));
        assertThat(of(attempts, "hana.sato@proseware.example")).singleElement()
                .satisfies(attempt -> assertThat(attempt.reasons).containsExactly(Reason.SYNC_LATE));
        // Cameron was fine before Microsoft blocked him, and blocked when he asked again.
        assertThat(of(attempts, "cameron.white@contoso.example"))
                .extracting(attempt -> attempt.outcome + " " + attempt.reasons)
                .containsExactly("READY []", "BLOCKED [RESET_LOCKED_OUT]");
    }

    @Test
    void addsNothingWhenSwitchedOff() {
        assertThat(seeder.seed(DirectoryConfig.Adapter.DEMO, false, Instant.now())).isZero();
        assertThat(count()).isZero();
    }

    @Test
    void neverTouchesARealTenantsLog() {
        assertThat(seeder.seed(DirectoryConfig.Adapter.GRAPH, true, Instant.now())).isZero();
        assertThat(count()).isZero();
    }

    @Test
    void addsNothingToALogThatHoldsAnAttempt() {
        AttemptFixtures.insert("someone@contoso.example", Outcome.READY, List.of(), Instant.now());

        assertThat(seeder.seed(DirectoryConfig.Adapter.DEMO, true, Instant.now())).isZero();
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aVisitorsCheckAfterTheStartDoesNotKeepTheHistoryOut() {
        Instant startedAt = Instant.now().minusSeconds(1);
        AttemptFixtures.insert("someone@contoso.example", Outcome.READY, List.of(), Instant.now());

        assertThat(seeder.seed(DirectoryConfig.Adapter.DEMO, true, startedAt)).isEqualTo(demo.pastChecks().size());
        assertThat(count()).isEqualTo(demo.pastChecks().size() + 1);
    }

    private static long count() {
        return StoredAttempts.count();
    }

    private static List<Attempt> attempts() {
        return StoredAttempts.all();
    }

    private static List<Attempt> of(List<Attempt> attempts, String upn) {
        return attempts.stream().filter(attempt -> attempt.usernameNormalised.equals(upn)).toList();
    }
}
