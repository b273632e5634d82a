package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.directory.DirectoryStatus;

class GraphReachabilityTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final MutableClock clock = new MutableClock();
    private final GraphReachability reachability = new GraphReachability(clock, Duration.ofSeconds(30));

    @Test
    void newNetworkFailuresWithoutASuccessMakeGraphUnreachable() {
        assertThat(reachability.reachable(seen(0, "NETWORK", Optional.of(T0)))).isTrue();
        clock.advance(Duration.ofSeconds(30));

        assertThat(reachability.reachable(seen(2, "NETWORK", Optional.of(T0)))).isFalse();
    }

    @Test
    void aSuccessfulReadMakesItReachableAgain() {
        reachability.reachable(seen(0, "TIMEOUT", Optional.of(T0)));
        clock.advance(Duration.ofSeconds(30));
        reachability.reachable(seen(1, "TIMEOUT", Optional.of(T0)));
        clock.advance(Duration.ofSeconds(30));

        assertThat(reachability.reachable(seen(1, "TIMEOUT", Optional.of(T0.plusSeconds(50))))).isTrue();
    }

    @Test
    void staysUnreachableWhileNothingSucceeds() {
        reachability.reachable(seen(0, "UNAUTHENTICATED", Optional.empty()));
        clock.advance(Duration.ofSeconds(30));
        reachability.reachable(seen(1, "UNAUTHENTICATED", Optional.empty()));
        clock.advance(Duration.ofSeconds(30));

        assertThat(reachability.reachable(seen(1, "UNAUTHENTICATED", Optional.empty()))).isFalse();
    }

    @Test
    void normalAnswersAreNotFailuresOfReachability() {
        reachability.reachable(seen(0, "NOT_FOUND", Optional.of(T0)));
        clock.advance(Duration.ofSeconds(30));

        assertThat(reachability.reachable(seen(9, "NOT_FOUND", Optional.of(T0)))).isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(reachability.reachable(seen(9, "THROTTLED", Optional.of(T0)))).isTrue();
    }

    @Test
    void failuresSinceStartWithNeverASuccessAreUnreachableAtTheFirstProbe() {
        assertThat(reachability.reachable(seen(1, "FORBIDDEN", Optional.empty()))).isFalse();
    }

    @Test
    void reusesItsVerdictWithinTheInterval() {
        reachability.reachable(seen(0, "NETWORK", Optional.of(T0)));
        clock.advance(Duration.ofSeconds(10));

        assertThat(reachability.reachable(seen(5, "NETWORK", Optional.of(T0)))).isTrue();
    }

    private static DirectoryStatus.Remote seen(long failures, String kind, Optional<Instant> lastRead) {
        return new DirectoryStatus.Remote(Map.of(kind, failures), 0, Optional.empty(), lastRead, 0,
                Optional.empty());
    }

    private static final class MutableClock extends Clock {
        private Instant now = T0;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
