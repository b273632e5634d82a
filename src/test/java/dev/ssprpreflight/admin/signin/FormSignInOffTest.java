package dev.ssprpreflight.admin.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.testsupport.ConsoleSignIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Form authentication is built into every package, but with the demo sign-in off it opens nothing, even
 * where the console is (mis)configured to use it: the post of credentials is refused and a demo session
 * cookie is not accepted. {@code DemoSignInFlowTest} shows the same cookie opening the console while the
 * demo sign-in is on.
 */
@QuarkusTest
@TestProfile(FormSignInOffTest.FormWithoutDemoProfile.class)
class FormSignInOffTest {

    /** The worst case: the console set to form sign-in, the demo sign-in off (as in production). */
    public static class FormWithoutDemoProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sspr.admin.sign-in", "form", "sspr.admin.demo-sign-in.enabled", "false");
        }
    }

    @Inject
    DemoSignIn demo;

    @TestHTTPResource("/")
    URL root;

    @Test
    void postedCredentialsNeverOpenASession() {
        HttpClient browser = ConsoleSignIn.browser();
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        for (String password : new String[] { demo.password(), "guess", "" }) {
            HttpResponse<String> response = ConsoleSignIn.send(noRedirects, signIn(DemoSignIn.USERNAME, password));
            assertThat(response.statusCode()).as("password %s", password).isEqualTo(404);
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(DemoSessionCookie.NAME));
            ConsoleSignIn.send(browser, signIn(DemoSignIn.USERNAME, password));
        }

        HttpResponse<String> console = ConsoleSignIn.get(browser, app("/admin"));
        assertThat(console.body()).doesNotContain("Signed in as", "What blocks password reset");
    }

    @Test
    void aDemoSessionCookieIsNotAccepted() {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        for (String path : new String[] { "/admin", "/admin/attempts", "/admin/health" }) {
            HttpResponse<String> response = ConsoleSignIn.send(client, HttpRequest.newBuilder(app(path))
                    .header("Cookie", DemoSessionCookie.forUser(DemoSignIn.USERNAME)).GET().build());

            assertThat(response.statusCode()).as(path).isIn(302, 401, 403);
            assertThat(response.body()).as(path).doesNotContain("Signed in as", "What blocks password reset");
        }
    }

    private HttpRequest signIn(String username, String password) {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(app("/j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private URI app(String path) {
        return URI.create(root.toString()).resolve(path);
    }
}
