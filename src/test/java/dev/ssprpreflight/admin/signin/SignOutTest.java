package dev.ssprpreflight.admin.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.ssprpreflight.testsupport.ConsoleSignIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * Signing out of an Entra ID (OIDC) session happens only on a POST with the console's CSRF token, so that
 * another site cannot sign an admin out (logout CSRF); it ends the local session and the provider's.
 */
@QuarkusTest
class SignOutTest {

    private static final String ROLE = "SsprPreflight.Admin";

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aGetDoesNotSignOut() {
        HttpClient admin = ConsoleSignIn.signIn(provider, app("/"), "signout.get", List.of(ROLE));

        HttpResponse<String> response = ConsoleSignIn.get(admin, app("/admin/sign-out"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertStillSignedIn(admin, "signout.get");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        HttpClient admin = ConsoleSignIn.signIn(provider, app("/"), "signout.nocsrf", List.of(ROLE));
        ConsoleSignIn.get(admin, app("/admin"));

        HttpResponse<String> withoutToken = post(admin, "");
        HttpResponse<String> withWrongToken = post(admin, "csrf-token=forged");

        assertThat(withoutToken.statusCode()).isEqualTo(400);
        assertThat(withWrongToken.statusCode()).isEqualTo(400);
        assertStillSignedIn(admin, "signout.nocsrf");
    }

    @Test
    void aPostWithTheTokenEndsBothSessions() {
        HttpClient admin = ConsoleSignIn.signIn(provider, app("/"), "signout.post", List.of(ROLE));
        String token = Jsoup.parse(ConsoleSignIn.get(admin, app("/admin")).body())
                .select("form.sign-out input[name=csrf-token]").val();
        assertThat(token).isNotEmpty();

        HttpResponse<String> signedOut = post(admin, "csrf-token=" + token);

        // The browser was sent on to the provider's end-session endpoint (RP-initiated logout).
        URI endSession = signedOut.uri();
        assertThat(endSession.toString()).startsWith(provider.baseUrl()
                + "/auth/realms/quarkus/protocol/openid-connect/end-session?");
        assertThat(endSession.getQuery()).contains("post_logout_redirect_uri=" + app("/")).contains("id_token_hint=ey");
        // And the local session is gone: the console asks the provider for a sign-in again.
        HttpResponse<String> console = ConsoleSignIn.get(admin, app("/admin"));
        assertThat(console.uri().toString()).startsWith(provider.baseUrl() + "/auth/realms/quarkus");
        assertThat(console.body()).doesNotContain("Signed in as");
    }

    private HttpResponse<String> post(HttpClient client, String form) {
        return ConsoleSignIn.send(client, HttpRequest.newBuilder(app("/admin/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private void assertStillSignedIn(HttpClient client, String user) {
        HttpResponse<String> dashboard = ConsoleSignIn.get(client, app("/admin"));
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Signed in as " + user);
    }

    private URI app(String path) {
        return URI.create(root.toString()).resolve(path);
    }
}
