package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.directory.graph.FakeGraphResource.InjectFakeGraph;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;

/** The readiness probe's own Graph call, through the real SDK and token flow against {@link FakeGraph}. */
@QuarkusTest
@TestProfile(GraphProfile.class)
class GraphProbeTest {

    static final String DIRECTORY = "checks.find { it.name == 'directory' }.data.";

    @InjectFakeGraph
    FakeGraph graph;

    @Inject
    @Identifier("graph")
    GraphDirectory directory;

    /** Relative to the management root, which is already /q. */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @BeforeEach
    void resetGraph() {
        graph.reset();
        graph.stubTenant(false, null, true);
    }

    @Test
    void readinessAsksGraphForTheOrganisationsIdOnly() {
        // A readiness request waits only briefly for a running probe and shows the previous answer meanwhile.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get(ready).then().statusCode(200)
                .body(DIRECTORY + "graphProbe", equalTo("answered"))
                .body(DIRECTORY + "graphReachable", equalTo(true))
                .body(DIRECTORY + "graphProbeLatencyMs", notNullValue())
                .body(DIRECTORY + "graphProbeAt", notNullValue()));

        graph.server.verify(moreThanOrExactly(1), getRequestedFor(urlPathEqualTo("/v1.0/organization"))
                .withQueryParam("$select", WireMock.equalTo("id"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + FakeGraph.ACCESS_TOKEN)));
    }

    @Test
    void aGraphOutageIsReportedAndLeavesTheInstanceReady() {
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/organization")).willReturn(aResponse().withStatus(503)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get(ready).then().statusCode(200)
                .body(DIRECTORY + "graphReachable", equalTo(false))
                .body(DIRECTORY + "graphProbeFailure", equalTo("SERVER_ERROR")));
    }

    @Test
    void aRefusedProbeIsAnUnauthenticatedFailure() {
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/organization")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"expired\"}}")));

        DirectoryStatus.Probe probe = directory.probe(Duration.ofSeconds(2));

        assertThat(probe.reachable()).isFalse();
        assertThat(probe.failureKind()).contains(FailureKind.UNAUTHENTICATED);
        assertThat(probe.failure()).hasValueSatisfying(text -> assertThat(text).doesNotContain(FakeGraph.ACCESS_TOKEN));
    }

    @Test
    void aSlowGraphIsATimeoutOfTheProbe() {
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/organization"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));

        DirectoryStatus.Probe probe = directory.probe(Duration.ofMillis(300));

        assertThat(probe.failureKind()).contains(FailureKind.TIMEOUT);
        assertThat(probe.latency()).isLessThan(Duration.ofMillis(1_500));
    }
}
