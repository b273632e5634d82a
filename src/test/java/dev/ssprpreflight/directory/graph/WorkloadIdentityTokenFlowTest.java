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
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.directory.graph.FakeGraphResource.InjectFakeGraph;
import dev.ssprpreflight.directory.graph.GraphJson.UserJson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;

/** Workload identity (AKS) through the real token flow: the federated token file exchanged for a Graph token. */
@QuarkusTest
@TestProfile(WorkloadIdentityProfile.class)
class WorkloadIdentityTokenFlowTest {

    @InjectFakeGraph
    FakeGraph graph;

    @Inject
    @Identifier("graph")
    GraphDirectory directory;

    @Test
    void exchangesTheFederatedTokenAndSendsGraphTheTokenItGot() {
        String upn = "adele.vance@contoso.com";
        graph.stubTenant(false, null, true);
        graph.stubUser(UserJson.ready("dddddddd-0000-4000-8000-000000000001", upn));
        graph.stubReportRow(upn, GraphJson.registrationRow("dddddddd-0000-4000-8000-000000000001", upn, true, true,
                "mobilePhone", "email"));

        // The token flow, not the check's budget: this class's only lookup is a cold JVM's first, which on a loaded
        // 2-core machine can take longer than the 3 s a check may.
        assertThat(directory.lookup(upn, Instant.now().plusSeconds(30))).isInstanceOf(DirectoryAnswer.Found.class);

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
