package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.testsupport.MovableClock;

class GraphReachabilityTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final GraphReachability reachability = new GraphReachability(clock, Duration.ofSeconds(30));

    @Test
    void newNetworkFailuresWithoutASuccessMakeGraphUnreachable() {
        assertThat(reachability.reachable(seen(0, "NETWORK", Optional.of(T0)))).isTrue();
        clock.move(Duration.ofSeconds(30));

        assertThat(reachability.reachable(seen(2, "NETWORK", Optional.of(T0)))).isFalse();
    }

    @Test
    void aSuccessfulReadMakesItReachableAgain() {
        reachability.reachable(seen(0, "TIMEOUT", Optional.of(T0)));
        clock.move(Duration.ofSeconds(30));
        reachability.reachable(seen(1, "TIMEOUT", Optional.of(T0)));
        clock.move(Duration.ofSeconds(30));

        assertThat(reachability.reachable(seen(1, "TIMEOUT", Optional.of(T0.plusSeconds(50))))).isTrue();
    }

    @Test
    void staysUnreachableWhileNothingSucceeds() {
        reachability.reachable(seen(0, "UNAUTHENTICATED", Optional.empty()));
        clock.move(Duration.ofSeconds(30));
        reachability.reachable(seen(1, "UNAUTHENTICATED", Optional.empty()));
        clock.move(Duration.ofSeconds(30));

        assertThat(reachability.reachable(seen(1, "UNAUTHENTICATED", Optional.empty()))).isFalse();
    }

    @Test
    void normalAnswersAreNotFailuresOfReachability() {
        reachability.reachable(seen(0, "NOT_FOUND", Optional.of(T0)));
        clock.move(Duration.ofSeconds(30));

        assertThat(reachability.reachable(seen(9, "NOT_FOUND", Optional.of(T0)))).isTrue();
        clock.move(Duration.ofSeconds(30));
        assertThat(reachability.reachable(seen(9, "THROTTLED", Optional.of(T0)))).isTrue();
    }

    @Test
    void failuresSinceStartWithNeverASuccessAreUnreachableAtTheFirstProbe() {
        assertThat(reachability.reachable(seen(1, "FORBIDDEN", Optional.empty()))).isFalse();
    }

    @Test
    void reusesItsVerdictWithinTheInterval() {
        reachability.reachable(seen(0, "NETWORK", Optional.of(T0)));
        clock.move(Duration.ofSeconds(10));

        assertThat(reachability.reachable(seen(5, "NETWORK", Optional.of(T0)))).isTrue();
    }

    private static DirectoryStatus.Remote seen(long failures, String kind, Optional<Instant> lastRead) {
        return new DirectoryStatus.Remote(Map.of(kind, failures), 0, Optional.empty(), lastRead, 0,
                Optional.empty());
    }

}
