package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.directory.graph.FakeGraphResource.InjectFakeGraph;
import dev.ssprpreflight.directory.graph.GraphJson.UserJson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Workload identity (AKS) through the real token flow: the federated token file exchanged for a Graph token. */
@QuarkusTest
@TestProfile(WorkloadIdentityProfile.class)
class WorkloadIdentityTokenFlowTest {

    @InjectFakeGraph
    FakeGraph graph;

    @Inject
    PreflightService preflight;

    @Test
    void exchangesTheFederatedTokenAndSendsGraphTheTokenItGot() {
        String upn = "adele.vance@contoso.com";
        graph.stubTenant(false, null, true);
        graph.stubUser(UserJson.ready("dddddddd-0000-4000-8000-000000000001", upn));
        graph.stubReportRow(upn, GraphJson.registrationRow("dddddddd-0000-4000-8000-000000000001", upn, true, true,
                "mobilePhone", "email"));

        assertThat(preflight.check(upn).outcome()).isEqualTo(Outcome.READY);

        // The request journal is never reset in this class: the token was fetched once, at start.
        graph.server.verify(1, postRequestedFor(urlPathEqualTo("/" + FakeGraph.TENANT_ID + "/oauth2/v2.0/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=" + FakeGraph.CLIENT_ID))
                .withRequestBody(containing("client_assertion_type="
                        + form("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")))
                .withRequestBody(containing("client_assertion=" + WorkloadIdentityResource.FEDERATED_TOKEN))
                .withRequestBody(containing(form("https://graph.microsoft.com/.default")))
                .withRequestBody(notContaining("client_secret")));
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch"))
                .withHeader("Authorization", equalTo("Bearer " + WorkloadIdentityResource.ACCESS_TOKEN)));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
