package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.directory.graph.FakeGraphResource.InjectFakeGraph;
import dev.ssprpreflight.directory.graph.GraphJson.UserJson;
import dev.ssprpreflight.directory.graph.ManagedIdentityResource.InjectIdentityEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.common.annotation.Identifier;

/**
 * Managed identity (App Service / Container Apps) through the real token flow: azure-identity asks the
 * local {@code IDENTITY_ENDPOINT} for a token and Graph receives it. It needs its own process environment,
 * so it runs only in the Surefire execution {@code graph-managed-identity} (pom.xml), which always runs it;
 * a {@code -Dtest} pattern that also selects it for the default execution finds it skipped there.
 */
@QuarkusTest
@TestProfile(ManagedIdentityProfile.class)
@EnabledIfSystemProperty(named = ManagedIdentityResource.FORK_PROPERTY, matches = "true", disabledReason = "runs in the Surefire execution graph-managed-identity, which sets IDENTITY_ENDPOINT")
class ManagedIdentityTokenFlowTest {

    @InjectFakeGraph
    FakeGraph graph;

    @InjectIdentityEndpoint
    WireMockServer identityEndpoint;

    @Inject
    @Identifier("graph")
    GraphDirectory directory;

    @Test
    void asksTheIdentityEndpointForAGraphTokenAndSendsGraphThatToken() {
        String upn = "adele.vance@contoso.com";
        graph.stubTenant(false, null, true);
        graph.stubUser(UserJson.ready("eeeeeeee-0000-4000-8000-000000000001", upn));
        graph.stubReportRow(upn, GraphJson.registrationRow("eeeeeeee-0000-4000-8000-000000000001", upn, true, true,
                "mobilePhone", "email"));

        // The token flow, not the check's budget: this class's only lookup is a cold JVM's first, which on a loaded
        // 2-core machine can take longer than the 3 s a check may.
        assertThat(directory.lookup(upn, Instant.now().plusSeconds(30))).isInstanceOf(DirectoryAnswer.Found.class);

        // Fetched once (at start) and cached; the journal of the endpoint is never reset.
        String path = URI.create(ManagedIdentityResource.requiredEnvironment("IDENTITY_ENDPOINT")).getPath();
        identityEndpoint.verify(1, getRequestedFor(
                urlEqualTo(path + "?api-version=2019-08-01&resource=https%3A%2F%2Fgraph.microsoft.com"))
                .withHeader("X-IDENTITY-HEADER", equalTo(ManagedIdentityResource.requiredEnvironment("IDENTITY_HEADER"))));
        assertThat(identityEndpoint.getAllServeEvents()).hasSize(1);
        graph.server.verify(1, postRequestedFor(urlEqualTo("/v1.0/$batch"))
                .withHeader("Authorization", equalTo("Bearer " + ManagedIdentityResource.ACCESS_TOKEN)));
    }
}
