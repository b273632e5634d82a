package dev.ssprpreflight.admin.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.testsupport.ConsoleSignIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With Entra ID out of reach, the console says that sign-in is unavailable, in the visitor's language, with
 * a 503: never a 500 or a stack trace.
 */
@QuarkusTest
@TestProfile(ProviderDownTest.ProviderUnreachableProfile.class)
class ProviderDownTest {

    /** The provider's address is a local port nobody listens on; start-up gives up on it at once. */
    public static class ProviderUnreachableProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:" + closedPort() + "/auth/realms/quarkus",
                    "quarkus.oidc.connection-delay", "PT0S", "quarkus.oidc.connection-retry-count", "0",
                    "quarkus.oidc.connection-timeout", "PT2S");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void theConsoleAnswers503WithAPageInTheVisitorsLanguage() {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> english = ConsoleSignIn.send(client, HttpRequest.newBuilder(app("/admin")).GET().build());
        HttpResponse<String> german = ConsoleSignIn.send(client, HttpRequest.newBuilder(app("/admin/attempts"))
                .header("Accept-Language", "de").GET().build());

        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(english.body()).contains("<h1>Sign-in is unavailable</h1>", "cannot reach Microsoft Entra ID")
                .doesNotContain("Exception", "\tat ", "Signed in as");
        assertThat(german.statusCode()).isEqualTo(503);
        assertThat(german.body()).contains("<h1>Anmeldung nicht möglich</h1>").doesNotContain("Exception");
    }

    private URI app(String path) {
        return URI.create(root.toString()).resolve(path);
    }
}
