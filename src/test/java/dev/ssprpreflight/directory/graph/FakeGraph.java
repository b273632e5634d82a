package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;

/**
 * A local Microsoft Graph and Entra token endpoint on dynamic ports: Graph over http (the SDK allows
 * plain http for localhost), the token endpoint over https with a self-signed certificate that the JVM
 * is told to trust (azure-identity refuses an http authority) until the fake stops; see
 * {@link TestTrustStore} for why that cannot disturb other tests in the same JVM.
 */
final class FakeGraph {

    static final String TENANT_ID = "b5d7e2a4-0000-4000-8000-00000000c0de";
    static final String CLIENT_ID = "11111111-2222-3333-4444-555555555555";
    static final String CLIENT_SECRET = "test-secret-not-real";
    static final String ACCESS_TOKEN = "fake-access-token";

    final WireMockServer server;
    private final TestTrustStore trust;

    FakeGraph(Extension... more) {
        AtomicInteger port = new AtomicInteger();
        Extension[] extensions = new Extension[more.length + 1];
        extensions[0] = new BatchExecutingTransformer(port::get);
        System.arraycopy(more, 0, extensions, 1, more.length);
        String keystore = FakeGraph.class.getResource("/graph/fake-graph-tls.p12").getPath();
        server = new WireMockServer(options().dynamicPort().dynamicHttpsPort()
                .keystorePath(keystore).keystorePassword("changeit").keyManagerPassword("changeit").keystoreType("PKCS12")
                .containerThreads(64).asynchronousResponseEnabled(true).asynchronousResponseThreads(16)
                .extensions(extensions));
        server.start();
        port.set(server.port());
        trust = TestTrustStore.install(Path.of(FakeGraph.class.getResource("/graph/fake-graph-trust.p12").getPath()));
        stubDefaults();
    }

    /** Forgets every stub and request, then stubs what a test starts with (see {@link #stubDefaults()}). */
    void reset() {
        server.resetAll();
        stubDefaults();
    }

    /** Stubs every test starts with: the client-secret token endpoint and the batch endpoint for its token. */
    void stubDefaults() {
        server.stubFor(post(urlPathEqualTo("/" + TENANT_ID + "/oauth2/v2.0/token"))
                .withRequestBody(containing("client_secret=" + CLIENT_SECRET))
                .willReturn(tokenResponse(ACCESS_TOKEN)));
        stubBatch(ACCESS_TOKEN);
    }

    /** Entra's answer to a client-credentials token request. */
    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tokenResponse(String accessToken) {
        return okJson("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                + "\"access_token\":\"" + accessToken + "\"}");
    }

    /** {@code $batch}, executed by {@link BatchExecutingTransformer}, for requests that carry this token only. */
    void stubBatch(String accessToken) {
        server.stubFor(post(urlEqualTo("/v1.0/$batch"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("request-id", "batch-request-id").withTransformers(BatchExecutingTransformer.NAME)));
    }

    /** The organisation and its authorization policy, as the lookup batch reads them. */
    void stubTenant(boolean synced, java.time.Instant lastSync, boolean allowedToUseSspr) {
        server.stubFor(get(urlPathEqualTo("/v1.0/organization")).willReturn(okJson(GraphJson.organization(synced, lastSync))));
        server.stubFor(get(urlEqualTo("/v1.0/policies/authorizationPolicy"))
                .willReturn(okJson(GraphJson.authorizationPolicy(allowedToUseSspr))));
    }

    /** The user (with the checks' $select) and their directory roles, addressed as the adapter addresses them. */
    void stubUser(GraphJson.UserJson user, String... roleTemplateIds) {
        String path = "/v1.0" + UserAddress.userPath(user.upn());
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("$select", containing("assignedPlans"))
                .willReturn(okJson(user.json())));
        server.stubFor(get(urlPathEqualTo(path + "/transitiveMemberOf/microsoft.graph.directoryRole"))
                .withHeader("ConsistencyLevel", equalTo("eventual"))
                .willReturn(okJson(GraphJson.roles(roleTemplateIds))));
    }

    /** The user's row of the registration report, as the lookup batch asks for it when the mirror lacks it. */
    void stubReportRow(String upn, String rowJson) {
        server.stubFor(get(urlPathEqualTo("/v1.0/reports/authenticationMethods/userRegistrationDetails"))
                .withQueryParam("$filter", equalTo("userPrincipalName eq '" + upn.replace("'", "''") + "'"))
                .willReturn(okJson(GraphJson.registrationPage(rowJson == null ? java.util.List.of()
                        : java.util.List.of(rowJson), null))));
    }

    String baseUrl() {
        return "http://localhost:" + server.port() + "/v1.0";
    }

    String authorityHost() {
        return "https://localhost:" + server.httpsPort();
    }

    void stop() {
        server.stop();
        trust.close();
    }
}
