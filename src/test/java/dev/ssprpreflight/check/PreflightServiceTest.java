package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreflightServiceTest {

    private static final String UPN = "adele@contoso.com";
    /**
     * Short, so that hangs are cut quickly, but not so short that judging after a cut-off live look (a tenth of the
     * budget) misses its margin on a busy two-core CI machine: at 200 ms that margin was 20 ms and failed once, and
     * at 500 ms (50 ms) it failed once more in a full run, the directory's lookup itself cut by the budget.
     */
    private static final Duration BUDGET = Duration.ofMillis(1500);
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void sendsReadyUserToThePortal() {
        var verdict = check(FakeDirectory.finding(Facts.ready(), "lookup-1"));

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.blocks()).isEmpty();
        assertThat(verdict.user()).map(UserFacts::userPrincipalName).contains(UPN);
        assertThat(verdict.directoryRequestIds()).containsExactly("lookup-1");
    }

    @Test
    void blocksWithEveryFailingReason() {
        var verdict = check(FakeDirectory.finding(Facts.ready().synced().writebackOff().disabled()));

        assertThat(verdict.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(verdict.blocks()).containsExactly(Reason.WRITEBACK_NOT_ENABLED, Reason.ACCOUNT_DISABLED);
    }

    @Test
    void judgesAgeRulesByTheClock() {
        var verdict = check(FakeDirectory.finding(Facts.ready().synced().lastSyncAgo(Duration.ofHours(25))));

        assertThat(verdict.blocks()).containsExactly(Reason.SYNC_STALE);
    }

    @Test
    void keepsFindingsApartFromBlocksAndLetsAUserWithFindingsOnlyThrough() {
        var verdict = check(FakeDirectory.finding(Facts.ready().synced().lastSyncAgo(Duration.ofHours(4))
                .withProvisioningError()));

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.blocks()).isEmpty();
        assertThat(verdict.findings()).containsExactly(Reason.PROVISIONING_ERRORS, Reason.SYNC_LATE);
    }

    @Test
    void givesTheDirectoryTheDeadlineOfTheBudget() {
        var directory = FakeDirectory.finding(Facts.ready());

        check(directory);

        assertThat(directory.lookupDeadline).isEqualTo(Facts.NOW.plus(BUDGET));
    }

    @Test
    void reportsUnknownUser() {
        var verdict = check(FakeDirectory.answering(new DirectoryAnswer.NotFound(List.of("lookup-404"))));

        assertThat(verdict.outcome()).isEqualTo(Outcome.UNKNOWN_USER);
        assertThat(verdict.user()).isEmpty();
        assertThat(verdict.directoryRequestIds()).containsExactly("lookup-404");
    }

    @Test
    void reportsChecksUnavailableWhenTheDirectoryCannotAnswer() {
        var verdict = check(FakeDirectory.answering(new DirectoryAnswer.Unavailable("throttled", List.of("lookup-429"))));

        assertThat(verdict.outcome()).isEqualTo(Outcome.CHECKS_UNAVAILABLE);
        assertThat(verdict.unavailableCause()).contains("throttled");
        assertThat(verdict.directoryRequestIds()).containsExactly("lookup-429");
    }

    @Test
    void reportsChecksUnavailableWhenTheDirectoryThrows() {
        var verdict = check(FakeDirectory.throwing(new IllegalStateException("connection reset")));

        assertThat(verdict.outcome()).isEqualTo(Outcome.CHECKS_UNAVAILABLE);
        assertThat(verdict.unavailableCause()).hasValueSatisfying(cause -> assertThat(cause).contains("connection reset"));
    }

    @Test
    void givesUpOnAHangingLookupWhenTheBudgetIsSpent() {
        var verdict = assertTimeoutPreemptively(PATIENCE, () -> check(FakeDirectory.hangingFor(HANG)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.CHECKS_UNAVAILABLE);
        assertThat(verdict.unavailableCause()).hasValueSatisfying(cause -> assertThat(cause).contains("budget"));
    }

    @Test
    void judgesWithoutALiveLookThatHangsPastTheBudget() {
        var directory = FakeDirectory.finding(Facts.ready().reportSaysNotRegistered(), "lookup-1")
                .withLiveLookHangingFor(HANG);

        var verdict = assertTimeoutPreemptively(PATIENCE, () -> check(directory));

        // Without the live look the registration report alone may not block: the user goes to the portal.
        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.directoryRequestIds()).containsExactly("lookup-1");
        // The look had the budget, less the judging margin, before it was given up, and the check did not wait for its
        // 10 s (PATIENCE above). No upper bound at the budget itself: on a loaded machine a stall of the test's thread
        // was measured on top of it (1.84 s for a 1.5 s budget), with the verdict already complete.
        assertThat(verdict.duration()).isGreaterThan(BUDGET.dividedBy(2));
    }

    @Test
    void keepsTheOtherReasonsWhenTheLiveLookHangs() {
        var directory = FakeDirectory.finding(Facts.ready().reportSaysNotRegistered().disabled())
                .withLiveLookHangingFor(HANG);

        var verdict = assertTimeoutPreemptively(PATIENCE, () -> check(directory));

        assertThat(verdict.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(verdict.blocks()).containsExactly(Reason.ACCOUNT_DISABLED);
    }

    @Test
    void judgesWithoutALiveLookThatFails() {
        var directory = FakeDirectory.finding(Facts.ready().reportSaysNotRegistered().disabled())
                .withLiveLookFailing(new IllegalStateException("connection reset"));

        var verdict = check(directory);

        assertThat(verdict.blocks()).containsExactly(Reason.ACCOUNT_DISABLED);
    }

    @Test
    void reportsChecksUnavailableWhenTheCheckCannotStart() {
        executor.shutdown();

        var verdict = check(FakeDirectory.finding(Facts.ready()));

        assertThat(verdict.outcome()).isEqualTo(Outcome.CHECKS_UNAVAILABLE);
    }

    @Test
    void skipsTheLiveLookWhenNoCheckWantsIt() {
        var directory = FakeDirectory.finding(Facts.ready());

        check(directory);

        assertThat(directory.liveLookups).isEmpty();
    }

    @Test
    void blocksWhenTheLiveLookConfirmsNoMethods() {
        var facts = Facts.ready().reportSaysNotRegistered();
        var directory = FakeDirectory.finding(facts, "lookup-1")
                .withLiveMethods(new MethodsAnswer(Optional.of(Set.of()), List.of("live-1")));

        var verdict = check(directory);

        assertThat(directory.liveLookups).containsExactly(facts.user().objectId());
        assertThat(verdict.blocks()).containsExactly(Reason.METHODS_NOT_REGISTERED);
        assertThat(verdict.directoryRequestIds()).containsExactly("lookup-1", "live-1");
    }

    @Test
    void sendsToThePortalWhenTheLiveLookFindsAFreshMethod() {
        var directory = FakeDirectory.finding(Facts.ready().reportSaysNotRegistered())
                .withLiveMethods(new MethodsAnswer(Optional.of(Set.of(AuthMethod.MOBILE_PHONE)), List.of()));

        var verdict = check(directory);

        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.user().orElseThrow().registration().liveMethods()).contains(Set.of(AuthMethod.MOBILE_PHONE));
    }

    @Test
    void doesNotBlockWhenTheLiveLookIsDeclined() {
        var directory = FakeDirectory.finding(Facts.ready().reportSaysNotRegistered(), "lookup-1")
                .withLiveMethods(MethodsAnswer.declined(List.of("live-429")));

        var verdict = check(directory);

        assertThat(directory.liveLookups).hasSize(1);
        assertThat(verdict.outcome()).isEqualTo(Outcome.READY);
        assertThat(verdict.directoryRequestIds()).containsExactly("lookup-1", "live-429");
    }

    @Test
    void tellsItsObserverAboutEveryVerdictAndEveryBudgetOverrun() {
        var seen = new java.util.ArrayList<Outcome>();
        var overruns = new java.util.concurrent.atomic.AtomicInteger();
        CheckObserver observer = new CheckObserver() {
            @Override
            public void checked(Verdict verdict) {
                seen.add(verdict.outcome());
            }

            @Override
            public void budgetExceeded() {
                overruns.incrementAndGet();
            }
        };
        Clock clock = Clock.fixed(Facts.NOW, ZoneOffset.UTC);
        var ready = new PreflightService(FakeDirectory.finding(Facts.ready()), CheckCatalogue.standard(),
                CheckSettings.defaults(), clock, BUDGET, executor, observer);
        var hanging = new PreflightService(FakeDirectory.hangingFor(HANG), CheckCatalogue.standard(),
                CheckSettings.defaults(), clock, BUDGET, executor, observer);

        ready.check(UPN);
        assertTimeoutPreemptively(PATIENCE, () -> hanging.check(UPN));

        assertThat(seen).containsExactly(Outcome.READY, Outcome.CHECKS_UNAVAILABLE);
        assertThat(overruns).hasValue(1);
    }

    private Verdict check(Directory directory) {
        var service = new PreflightService(directory, CheckCatalogue.standard(), CheckSettings.defaults(),
                Clock.fixed(Facts.NOW, ZoneOffset.UTC), BUDGET, executor);
        return service.check(UPN);
    }
}
