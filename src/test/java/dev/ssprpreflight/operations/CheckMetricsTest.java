package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.Verdict;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class CheckMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CheckMetrics metrics = new CheckMetrics(registry);

    @Test
    void countsAReadyChecksFindingsUnderTheirTierWithoutCallingThemBlocks() {
        metrics.checked(new Verdict(Outcome.READY, List.of(), List.of(Reason.LICENSE_NOT_ASSIGNED, Reason.SYNC_LATE),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Duration.ofMillis(12)));

        assertThat(registry.get("sspr.checks").tag("outcome", "READY").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("sspr.check.reasons").tag("tier", "FINDING").counters()).hasSize(2);
        assertThat(registry.find("sspr.check.reasons").tag("tier", "BLOCK").counters()).isEmpty();
        assertThat(registry.get("sspr.check.reasons").tag("reason", "SYNC_LATE").counter().count()).isEqualTo(1.0);
    }

    @Test
    void countsEachBlockOncePerCheck() {
        Verdict blocked = new Verdict(Outcome.BLOCKED, List.of(Reason.ACCOUNT_DISABLED, Reason.SYNC_STALE), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Duration.ofMillis(12));

        metrics.checked(blocked);
        metrics.checked(blocked);

        assertThat(registry.get("sspr.check.reasons").tags("reason", "ACCOUNT_DISABLED", "tier", "BLOCK").counter()
                .count()).isEqualTo(2.0);
        assertThat(registry.get("sspr.check.duration").tag("outcome", "BLOCKED").timer().count()).isEqualTo(2);
    }
}
