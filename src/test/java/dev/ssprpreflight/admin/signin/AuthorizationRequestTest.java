package dev.ssprpreflight.admin.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
 * The console's authorization requests carry PKCE (S256) and a nonce, the code exchange sends the code
 * verifier, and an ID token that does not carry the request's nonce back opens no session.
 */
@QuarkusTest
class AuthorizationRequestTest {

    private static final String ROLE = "SsprPreflight.Admin";

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL root;

    @Test
    void theRedirectToTheProviderCarriesPkceAndANonce() {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> redirect = ConsoleSignIn.get(anonymous, app("/admin"));

        assertThat(redirect.statusCode()).isEqualTo(302);
        URI authorization = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(ConsoleSignIn.queryParameter(authorization, "code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(ConsoleSignIn.queryParameter(authorization, "code_challenge_method")).isEqualTo("S256");
        assertThat(ConsoleSignIn.nonceOf(authorization)).isNotBlank();
    }

    @Test
    void theCodeExchangeSendsTheVerifier() {
        ConsoleSignIn.signIn(provider, app("/"), "pkce.user", List.of(ROLE));

        provider.verify(postRequestedFor(urlEqualTo("/auth/realms/quarkus/token"))
                .withRequestBody(containing("code_verifier=")));
    }

    @Test
    void anIdTokenWithAnotherNonceOpensNoSession() {
        HttpClient browser = ConsoleSignIn.browser();
        HttpResponse<String> loginPage = ConsoleSignIn.openLoginPage(browser, app("/"));
        ConsoleSignIn.issueTokensFor(provider, "replayed.user", List.of(ROLE), "nonce-of-another-request",
                ConsoleSignIn.TENANT_ID);

        HttpResponse<String> back = ConsoleSignIn.submitLogin(browser, loginPage, "replayed.user");

        assertThat(back.statusCode()).isEqualTo(401);
        assertThat(back.body()).doesNotContain("Signed in as");
        assertThat(ConsoleSignIn.get(browser, app("/admin")).uri().toString()).startsWith(provider.baseUrl());
    }

    private URI app(String path) {
        return URI.create(root.toString()).resolve(path);
    }
}
