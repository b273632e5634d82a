package dev.ssprpreflight.admin.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.ssprpreflight.testsupport.ConsoleSignIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * Only accounts of the configured Entra tenant sign in: a validly signed ID token from another tenant (as a
 * multi-tenant authority would issue) holding the app role is refused.
 */
@QuarkusTest
class TenantPinTest {

    private static final String ROLE = "SsprPreflight.Admin";
    private static final String OTHER_TENANT = "9a0c0305-e82c-4301-8f25-04e04f8941d3";

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL root;

    @Test
    void anAccountOfTheConfiguredTenantSignsIn() {
        HttpClient admin = ConsoleSignIn.signIn(provider, app("/"), "own.tenant", List.of(ROLE), ConsoleSignIn.TENANT_ID);

        HttpResponse<String> dashboard = ConsoleSignIn.get(admin, app("/admin"));

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Signed in as own.tenant");
    }

    @Test
    void anAccountOfAnotherTenantIsRefused() {
        assertRefused("other.tenant", OTHER_TENANT);
    }

    @Test
    void aTokenWithoutTidIsRefused() {
        assertRefused("no.tenant", null);
    }

    private void assertRefused(String user, String tenantId) {
        HttpClient browser = ConsoleSignIn.browser();
        HttpResponse<String> loginPage = ConsoleSignIn.openLoginPage(browser, app("/"));
        ConsoleSignIn.issueTokensFor(provider, user, List.of(ROLE), ConsoleSignIn.nonceOf(loginPage.uri()), tenantId);

        HttpResponse<String> back = ConsoleSignIn.submitLogin(browser, loginPage, user);

        assertThat(back.statusCode()).isEqualTo(401);
        assertThat(back.body()).doesNotContain("Signed in as");
        HttpResponse<String> again = ConsoleSignIn.get(browser, app("/admin"));
        assertThat(again.uri().toString()).as("no session: the console asks the provider again")
                .startsWith(provider.baseUrl());
    }

    private URI app(String path) {
        return URI.create(root.toString()).resolve(path);
    }
}
