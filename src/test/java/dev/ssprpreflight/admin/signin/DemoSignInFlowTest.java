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

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.testsupport.ConsoleSignIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The zero-setup console: the demo sign-in with the generated password opens the dashboard. */
@QuarkusTest
@TestProfile(DemoSignInFlowTest.DemoSignInProfile.class)
class DemoSignInFlowTest {

    public static class DemoSignInProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sspr.admin.sign-in", "form", "sspr.admin.demo-sign-in.enabled", "true");
        }
    }

    @Inject
    DemoSignIn demo;

    @TestHTTPResource("/")
    URL root;

    @Test
    void signsInWithTheGeneratedPasswordAndOut() {
        HttpClient browser = ConsoleSignIn.browser();
        HttpResponse<String> signInPage = ConsoleSignIn.get(browser, app("/admin"));
        assertThat(signInPage.uri().getPath()).isEqualTo("/admin/sign-in");

        HttpResponse<String> dashboard = submit(browser, DemoSignIn.USERNAME, demo.password());

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.uri().getPath()).isEqualTo("/admin");
        assertThat(dashboard.body()).contains("Signed in as demo-admin");

        String token = Jsoup.parse(dashboard.body()).select("form.sign-out input[name=csrf-token]").val();
        ConsoleSignIn.send(browser, HttpRequest.newBuilder(app("/admin/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + token)).build());
        assertThat(ConsoleSignIn.get(browser, app("/admin")).uri().getPath()).isEqualTo("/admin/sign-in");
    }

    @Test
    void aWrongPasswordLeadsBackToTheFormWithAMessage() {
        HttpClient browser = ConsoleSignIn.browser();
        ConsoleSignIn.get(browser, app("/admin"));

        HttpResponse<String> page = submit(browser, DemoSignIn.USERNAME, "guess");

        assertThat(page.uri().getPath()).isEqualTo("/admin/sign-in");
        assertThat(page.body()).contains("The username or password is wrong.");
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        HttpClient browser = ConsoleSignIn.browser();
        ConsoleSignIn.get(browser, app("/admin"));

        HttpResponse<String> crossSite = submit(browser, DemoSignIn.USERNAME, demo.password(), "https://evil.example",
                "cross-site");
        HttpResponse<String> otherOrigin = submit(browser, DemoSignIn.USERNAME, demo.password(), "https://evil.example",
                null);

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(otherOrigin.statusCode()).isEqualTo(403);
        assertThat(ConsoleSignIn.get(browser, app("/admin")).uri().getPath()).isEqualTo("/admin/sign-in");

        String ownOrigin = root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
        HttpResponse<String> sameOrigin = submit(browser, DemoSignIn.USERNAME, demo.password(), ownOrigin, "same-origin");
        assertThat(sameOrigin.uri().getPath()).isEqualTo("/admin");
        assertThat(sameOrigin.body()).contains("Signed in as demo-admin");
    }

    /** The control for {@code FormSignInOffTest}: the same made-up cookie opens the console while the demo is on. */
    @Test
    void aDemoSessionCookieOpensTheConsoleWhileTheDemoIsOn() {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> dashboard = ConsoleSignIn.send(client, HttpRequest.newBuilder(app("/admin"))
                .header("Cookie", DemoSessionCookie.forUser(DemoSignIn.USERNAME)).GET().build());

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Signed in as demo-admin");
    }

    private HttpResponse<String> submit(HttpClient browser, String username, String password, String origin,
            String fetchSite) {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(app("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin);
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return ConsoleSignIn.send(browser, request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> submit(HttpClient browser, String username, String password) {
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return ConsoleSignIn.send(browser, HttpRequest.newBuilder(app("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private URI app(String path) {
        return URI.create(root.toString()).resolve(path);
    }
}
