package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * {@link FakeGraph} with {@code sspr.graph.credential=managed-identity}, plus the App Service / Container
 * Apps identity endpoint. MSAL, under azure-identity, reads {@code IDENTITY_ENDPOINT} and
 * {@code IDENTITY_HEADER} from the process environment only ({@code System.getenv}; its override is
 * package-private), so the Surefire execution {@code graph-managed-identity} in pom.xml sets them for its
 * own JVM, with a port the build reserved, and this resource binds that port.
 */
public class ManagedIdentityResource extends FakeGraphResource {

    /** Set only by the Surefire execution that provides the environment. */
    static final String FORK_PROPERTY = "sspr.test.managed-identity-fork";
    static final String ACCESS_TOKEN = "managed-identity-access-token";

    /** Marks the test field that receives the identity endpoint. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface InjectIdentityEndpoint {
    }

    private WireMockServer identityEndpoint;

    @Override
    protected Map<String, String> credentialSettings(FakeGraph graph) {
        URI endpoint = URI.create(requiredEnvironment("IDENTITY_ENDPOINT"));
        requiredEnvironment("IDENTITY_HEADER");
        identityEndpoint = new WireMockServer(options().port(endpoint.getPort()));
        identityEndpoint.start();
        // The App Service (2019-08-01) token response. Matched on the path only: the test asserts the
        // request's exact form, where a mismatch reads better than a failed token fetch.
        identityEndpoint.stubFor(get(urlPathEqualTo(endpoint.getPath())).willReturn(okJson(
                "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_on\":\""
                        + Instant.now().plusSeconds(3600).getEpochSecond() + "\",\"resource\":\"https://graph.microsoft.com\","
                        + "\"token_type\":\"Bearer\",\"client_id\":\"" + FakeGraph.CLIENT_ID + "\"}")));
        graph.stubBatch(ACCESS_TOKEN);
        // System-assigned: no client id, and nothing else; the contradiction checks refuse secrets here.
        return Map.of("sspr.graph.credential", "managed-identity");
    }

    @Override
    public void inject(TestInjector injector) {
        super.inject(injector);
        injector.injectIntoFields(identityEndpoint,
                new TestInjector.AnnotatedAndMatchesType(InjectIdentityEndpoint.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (identityEndpoint != null) {
            identityEndpoint.stop();
        }
        super.stop();
    }

    static String requiredEnvironment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run this test through the Surefire execution "
                    + "graph-managed-identity of pom.xml, which sets it");
        }
        return value;
    }
}
