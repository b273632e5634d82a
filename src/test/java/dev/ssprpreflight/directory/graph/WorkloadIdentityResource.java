package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * {@link FakeGraph} with {@code sspr.graph.credential=workload-identity}: a projected service-account
 * token in a file, as the AKS webhook mounts it, exchanged at the fake authority's token endpoint.
 * Everything AKS injects through the environment is given through {@code sspr.graph.*} instead, which
 * the adapter prefers, so no environment of the test JVM is needed.
 */
public class WorkloadIdentityResource extends FakeGraphResource {

    static final String ACCESS_TOKEN = "workload-identity-access-token";
    /** A Kubernetes service-account token: a JWT whose content only the (fake) Entra ID reads. */
    static final String FEDERATED_TOKEN = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "."
            + base64Url("{\"aud\":[\"api://AzureADTokenExchange\"],\"exp\":4102444800,"
                    + "\"iss\":\"https://oidc.prod-aks.azure.com/00000000-0000-0000-0000-000000000000/\","
                    + "\"sub\":\"system:serviceaccount:sspr:sspr-preflight\"}")
            + "." + base64Url("not-a-real-signature");

    @Override
    protected Map<String, String> credentialSettings(FakeGraph graph) {
        Path tokenFile;
        try {
            tokenFile = Files.createTempFile("federated-token-", ".jwt");
            Files.writeString(tokenFile, FEDERATED_TOKEN, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokenFile.toFile().deleteOnExit();
        // Matched on the path only: the test asserts the request's form, so that a wrong one fails there
        // with a readable message rather than as a missing token.
        graph.server.stubFor(post(urlPathEqualTo("/" + FakeGraph.TENANT_ID + "/oauth2/v2.0/token"))
                .willReturn(FakeGraph.tokenResponse(ACCESS_TOKEN)));
        graph.stubBatch(ACCESS_TOKEN);
        return Map.of(
                "sspr.graph.credential", "workload-identity",
                "sspr.graph.tenant-id", FakeGraph.TENANT_ID,
                "sspr.graph.client-id", FakeGraph.CLIENT_ID,
                "sspr.graph.federated-token-file", tokenFile.toString(),
                "sspr.graph.authority-host", graph.authorityHost());
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
