package dev.ssprpreflight.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.directory.DirectoryStatus;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/** Graph as the probes see it when it fails: not ready, still live. */
@QuarkusTest
class GraphDownHealthTest {

    /** Relative to the management root, which is already /q. */
    @TestHTTPResource(value = "/health", management = true)
    URL health;

    private final AtomicReference<DirectoryStatus.Remote> seen = new AtomicReference<>();

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
        }, DirectoryStatus.class);
    }

    @Test
    void graphFailingMakesTheInstanceNotReadyButKeepsItLive() {
        seen.set(remote(0, Optional.of(Duration.ofMinutes(5))));
        given().get(health + "/ready").then().statusCode(200);

        seen.set(remote(3, Optional.of(Duration.ofMinutes(6))));

        given().get(health + "/ready").then().statusCode(503)
                .body("checks.find { it.name == 'directory' }.data.graphReachable", equalTo(false));
        given().get(health + "/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aStaleMirrorMakesTheInstanceNotReady() {
        seen.set(remote(0, Optional.of(Duration.ofHours(3))));

        given().get(health + "/ready").then().statusCode(503)
                .body("checks.find { it.name == 'directory' }.data.mirrorAgeSeconds", equalTo(10800));
    }

    private static DirectoryStatus.Remote remote(long networkFailures, Optional<Duration> mirrorAge) {
        return new DirectoryStatus.Remote(Map.of("NETWORK", networkFailures), 0, Optional.empty(), Optional.empty(),
                42, mirrorAge);
    }
}
