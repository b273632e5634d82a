package dev.ssprpreflight.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.smallrye.jwt.build.Jwt;

/**
 * Signs in to the console through the real OpenID Connect authorization code flow against the
 * local provider: the browser-like client follows the redirect to the provider's login page,
 * submits it, comes back with a code, and the application exchanges it for tokens whose
 * {@code roles} claim carries the given app roles, as Entra ID's tokens do.
 */
public final class ConsoleSignIn {

    private static final String ISSUER = "https://server.example.com";

    private ConsoleSignIn() {
    }

    /** A client that is not signed in, following redirects and keeping cookies like a browser. */
    public static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    /** Signs in as the user with the roles; returns the client holding the session cookies. */
    public static HttpClient signIn(WireMockServer provider, URI app, String user, List<String> roles) {
        issueTokensFor(provider, user, roles);
        HttpClient browser = browser();
        HttpResponse<String> loginPage = get(browser, app.resolve("/admin"));
        Document form = Jsoup.parse(loginPage.body());
        String state = form.select("#state").val();
        String redirectUri = form.select("#redirect_uri").val();
        if (state.isEmpty() || redirectUri.isEmpty()) {
            throw new AssertionError("Expected the provider's login page, got " + loginPage.uri() + ":\n" + loginPage.body());
        }
        URI login = loginPage.uri().resolve("/login?username=" + encode(user) + "&password=secret&state="
                + encode(state) + "&redirect_uri=" + encode(redirectUri));
        get(browser, login);
        return browser;
    }

    public static HttpResponse<String> get(HttpClient client, URI uri) {
        return send(client, HttpRequest.newBuilder(uri).GET().build());
    }

    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Signs in to the console in the browser through the provider's login page, as the user with the
     * roles; returns once the browser is back on the console.
     */
    public static void signInInBrowser(ChromeDriver browser, WireMockServer provider, URL root, String user,
            List<String> roles) {
        issueTokensFor(provider, user, roles);
        WebDriverWait wait = Chromium.waitFor(browser);
        browser.get(root + "admin");
        wait.until(page -> !browser.findElements(By.id("username")).isEmpty());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("secret");
        browser.findElement(By.id("login")).click();
        wait.until(page -> browser.getCurrentUrl().startsWith(root + "admin"));
    }

    /** Makes the provider's token endpoint answer the next code exchange with tokens for this user. */
    public static void issueTokensFor(WireMockServer provider, String user, List<String> roles) {
        String token = Jwt.preferredUserName(user)
                .claim("name", user)
                .claim("roles", roles)
                .issuer(ISSUER)
                .audience("quarkus-web-app")
                .subject("subject-" + user)
                .jws().keyId("1")
                .sign("privateKey.jwk");
        provider.stubFor(post("/auth/realms/quarkus/token")
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + token + "\",\"refresh_token\":\"r-" + user
                                + "\",\"id_token\":\"" + token + "\",\"expires_in\":300}")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
