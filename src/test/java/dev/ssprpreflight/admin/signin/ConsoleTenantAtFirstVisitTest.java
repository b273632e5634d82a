package dev.ssprpreflight.admin.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The start reads nothing from the console's identity provider: Quarkus OIDC creates the console's tenant (discovery
 * document, keys) on the first visit to {@code /admin}, which then goes to the provider as before.
 */
@QuarkusTest
@TestProfile(ConsoleTenantAtFirstVisitTest.FreshStart.class)
class ConsoleTenantAtFirstVisitTest {

    /** An application of its own, so that no other test has opened the console in it yet. */
    public static class FreshStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sspr.branding.organisation-name", "Contoso (fresh start)");
        }
    }

    @Inject
    TenantConfigBean tenants;

    @TestHTTPResource("/")
    URL root;

    @Test
    void theProviderIsReadAtTheFirstVisitToTheConsoleNotAtStart() throws Exception {
        assertThat(tenants.getDefaultTenant().getOidcTenantConfig().tenantEnabled())
                .as("the default tenant, which holds the settings, never reads the provider").isFalse();
        assertThat(tenants.getDynamicTenant(ConsoleOidcTenant.TENANT)).as("no console tenant after the start").isNull();

        HttpResponse<String> console = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(root.toString()).resolve("/admin")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/auth/realms/quarkus?", "code_challenge="));
        assertThat(tenants.getDynamicTenant(ConsoleOidcTenant.TENANT)).as("created by the visit").isNotNull();
    }
}
