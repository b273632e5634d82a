package dev.ssprpreflight.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Graph as the health endpoints show it when it fails: refused from the start, not ready; an outage or a stale
 * mirror, reported and still ready; never dead. No probe in this class is answered: the readiness check
 * remembers a success for the rest of the application's life, so this class runs in an application of its own
 * (another test's answered probe would otherwise count as the success).
 */
@QuarkusTest
@TestProfile(GraphDownHealthTest.OwnApplication.class)
class GraphDownHealthTest {

    /** No setting of its own: a profile of its own is what gives this class a fresh application. */
    public static class OwnApplication implements QuarkusTestProfile {
    }

    /** Relative to the management root, which is already /q. */
    @TestHTTPResource(value = "/health", management = true)
    URL health;

    private final AtomicReference<DirectoryStatus.Remote> seen = new AtomicReference<>();
    private final AtomicReference<DirectoryStatus.Probe> probe = new AtomicReference<>();

    @BeforeEach
    void installGraphStatus() {
        QuarkusMock.installMockForType(new DirectoryStatus() {
            @Override
            public String adapter() {
                return "graph";
            }

            @Override
            public Optional<Remote> remote() {
                return Optional.of(seen.get());
            }

            @Override
            public Optional<Probe> probe(Duration timeout) {
                return Optional.of(probe.get());
            }
        }, DirectoryStatus.class);
    }

    @Test
    void aCredentialRefusedSinceStartMakesTheInstanceNotReadyButKeepsItLive() {
        seen.set(remote(1, Optional.of(Duration.ofMinutes(5))));
        probe.set(DirectoryStatus.Probe.failed(Duration.ofMillis(20), FailureKind.UNAUTHENTICATED,
                "GET organization failed: 401"));

        given().get(health + "/ready").then().statusCode(503)
                .body("checks.find { it.name == 'directory' }.data.graphReachable", equalTo(false))
                .body("checks.find { it.name == 'directory' }.data.graphProbeFailure", equalTo("UNAUTHENTICATED"));
        given().get(health + "/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aGraphOutageIsReportedWhileTheInstanceStaysReady() {
        seen.set(remote(3, Optional.of(Duration.ofMinutes(6))));
        probe.set(DirectoryStatus.Probe.failed(Duration.ofMillis(20), FailureKind.NETWORK,
                "GET organization failed: network error"));

        given().get(health + "/ready").then().statusCode(200)
                .body("checks.find { it.name == 'directory' }.data.graphReachable", equalTo(false))
                .body("checks.find { it.name == 'directory' }.data.graphProbeFailure", equalTo("NETWORK"));
        given().get(health + "/live").then().statusCode(200);
    }

    @Test
    void aStaleMirrorAndAGraphOutageAreReportedWhileTheInstanceStaysReady() {
        seen.set(remote(0, Optional.of(Duration.ofHours(3))));
        probe.set(
                DirectoryStatus.Probe.failed(Duration.ofMillis(20), FailureKind.SERVER_ERROR, "GET organization failed: 503"));

        // Both are the same on every replica: not ready would take them all out of the load balancer at once.
        given().get(health + "/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'directory' }.data.mirrorAgeSeconds", equalTo(10800))
                .body("checks.find { it.name == 'directory' }.data.mirror", equalTo("older than PT2H"))
                .body("checks.find { it.name == 'directory' }.data.degraded", equalTo("graph-unreachable,mirror-too-old"));
    }

    private static DirectoryStatus.Remote remote(long networkFailures, Optional<Duration> mirrorAge) {
        return new DirectoryStatus.Remote(Map.of(FailureKind.NETWORK, networkFailures), 0, Optional.empty(), Optional.empty(),
                42, mirrorAge, Set.of(), Optional.of(false), false, Optional.empty(), 0, 0, SsprPolicy.defaults());
    }
}
