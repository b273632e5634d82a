package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.directory.demo.DemoStatus;
import dev.ssprpreflight.testsupport.MovableClock;

/**
 * Which probe answers make the instance not ready, and what the readiness data says: only Graph refusing this
 * instance from the start fails it; a Graph outage and an old mirror, which every replica shares, are named in
 * {@code degraded} instead.
 */
class DirectoryReadinessTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private volatile DirectoryStatus.Probe next = DirectoryStatus.Probe.answered(Duration.ofMillis(42));
    private volatile Optional<Duration> mirrorAge = Optional.of(Duration.ofMinutes(5));
    private DirectoryReadiness readiness;
    private SharedDirectoryHealth health;

    private final DirectoryStatus graph = new DirectoryStatus() {
        @Override
        public String adapter() {
            return "graph";
        }

        @Override
        public Optional<Remote> remote() {
            return Optional.of(new Remote(Map.of(), 0, Optional.empty(), Optional.empty(), 7,
                    mirrorAge, Set.of(), Optional.of(false), false, Optional.empty(), 0, 0,
                    SsprPolicy.defaults()));
        }

        @Override
        public Optional<Probe> probe(Duration timeout) {
            return Optional.of(next);
        }
    };

    @AfterEach
    void stop() {
        if (health != null) {
            health.stop();
        }
    }

    @Test
    void anAnsweredProbeIsReportedWithItsLatencyAndTime() {
        HealthCheckResponse response = readiness(graph, true).call();

        assertThat(response.getStatus()).isEqualTo(Status.UP);
        assertThat(data(response)).containsEntry("graphReachable", true).containsEntry("graphProbe", "answered")
                .containsEntry("graphProbeLatencyMs", 42L).containsEntry("graphProbeAt", "2026-01-01T10:00:00Z")
                .containsEntry("mirrorAgeSeconds", 300L)
                .doesNotContainKeys("graphProbeFailure", "mirror", "degraded");
    }

    @Test
    void aCredentialRefusedSinceStartMakesTheInstanceNotReady() {
        next = DirectoryStatus.Probe.failed(Duration.ofMillis(9), FailureKind.UNAUTHENTICATED, "GET organization failed: 401");

        HealthCheckResponse response = readiness(graph, true).call();

        assertThat(response.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(response)).containsEntry("graphReachable", false)
                .containsEntry("graphProbeFailure", "UNAUTHENTICATED")
                .containsEntry("graphProbeDetail", "GET organization failed: 401");
    }

    @Test
    void aMissingPermissionSinceStartMakesTheInstanceNotReady() {
        next = DirectoryStatus.Probe.failed(Duration.ofMillis(9), FailureKind.FORBIDDEN, "403");

        assertThat(readiness(graph, true).call().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aGraphOutageIsReportedButKeepsTheInstanceReady() {
        for (FailureKind outage : new FailureKind[] { FailureKind.NETWORK, FailureKind.TIMEOUT, FailureKind.SERVER_ERROR,
                FailureKind.THROTTLED }) {
            next = DirectoryStatus.Probe.failed(Duration.ofSeconds(5), outage, "GET organization failed");
            DirectoryReadiness check = readiness(graph, true);

            HealthCheckResponse response = check.call();

            assertThat(response.getStatus()).as(outage.name()).isEqualTo(Status.UP);
            assertThat(data(response)).containsEntry("graphReachable", false).containsEntry("graphProbeFailure",
                    outage.name()).containsEntry("degraded", "graph-unreachable");
            health.stop();
        }
    }

    @Test
    void aCredentialThatStopsWorkingLaterKeepsTheInstanceReady() {
        DirectoryReadiness check = readiness(graph, true);
        check.call();
        next = DirectoryStatus.Probe.failed(Duration.ofMillis(9), FailureKind.UNAUTHENTICATED, "401");

        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(Status.UP);
        assertThat(data(response)).containsEntry("graphProbeFailure", "UNAUTHENTICATED");
    }

    @Test
    void reportOnlyNeverMakesTheInstanceNotReady() {
        next = DirectoryStatus.Probe.failed(Duration.ofMillis(9), FailureKind.UNAUTHENTICATED, "401");

        HealthCheckResponse response = readiness(graph, false).call();

        assertThat(response.getStatus()).isEqualTo(Status.UP);
        assertThat(data(response)).containsEntry("graphProbeFailure", "UNAUTHENTICATED");
    }

    @Test
    void aMirrorOlderThanTheMaximumIsReportedButKeepsTheInstanceReady() {
        mirrorAge = Optional.of(Duration.ofHours(3));

        HealthCheckResponse response = readiness(graph, true).call();

        assertThat(response.getStatus()).isEqualTo(Status.UP);
        assertThat(data(response)).containsEntry("mirror", "older than PT2H").containsEntry("mirrorAgeSeconds", 10800L)
                .containsEntry("degraded", "mirror-too-old");
    }

    @Test
    void aMirrorNeverRefreshedIsTooOldOnceTheMaximumHasPassedSinceStart() {
        mirrorAge = Optional.empty();
        DirectoryReadiness check = readiness(graph, true);
        assertThat(data(check.call())).doesNotContainKeys("mirror", "degraded", "mirrorAgeSeconds");

        clock.move(Duration.ofHours(2).plusSeconds(1));
        HealthCheckResponse response = check.call();

        assertThat(response.getStatus()).isEqualTo(Status.UP);
        assertThat(data(response)).containsEntry("mirror", "older than PT2H").containsEntry("degraded", "mirror-too-old");
    }

    @Test
    void everySharedDegradationIsNamedWhileOnlyARefusalFromTheStartFailsReadiness() {
        mirrorAge = Optional.of(Duration.ofHours(3));
        next = DirectoryStatus.Probe.failed(Duration.ofMillis(9), FailureKind.FORBIDDEN, "403");

        HealthCheckResponse response = readiness(graph, true).call();

        assertThat(response.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(response)).containsEntry("degraded", "graph-unreachable,mirror-too-old");
    }

    @Test
    void theDemoDirectoryHasNoProbe() {
        HealthCheckResponse response = readiness(new DemoStatus(), true).call();

        assertThat(response.getStatus()).isEqualTo(Status.UP);
        assertThat(data(response)).containsOnlyKeys("adapter");
    }

    private DirectoryReadiness readiness(DirectoryStatus status, boolean graphAffectsReadiness) {
        HealthConfig config = new HealthConfig() {
            @Override
            public boolean graphAffectsReadiness() {
                return graphAffectsReadiness;
            }

            @Override
            public Duration graphProbeInterval() {
                return Duration.ZERO;
            }

            @Override
            public Duration graphProbeTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration graphProbeWait() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration mirrorMaxAge() {
                return Duration.ofHours(2);
            }

            @Override
            public Duration databaseCheckInterval() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration databaseCheckTimeout() {
                return Duration.ofSeconds(2);
            }
        };
        health = new SharedDirectoryHealth(status, config, clock);
        readiness = new DirectoryReadiness(status, health, config);
        return readiness;
    }

    private static Map<String, Object> data(HealthCheckResponse response) {
        return response.getData().orElse(Map.of());
    }
}
