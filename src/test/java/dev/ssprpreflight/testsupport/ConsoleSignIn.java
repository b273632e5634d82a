package dev.ssprpreflight.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
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
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs in to the console through the real OpenID Connect authorization code flow against the
 * local provider: the browser-like client follows the redirect to the provider's login page,
 * submits it, comes back with a code, and the application exchanges it for tokens whose
 * {@code roles} claim carries the given app roles, as Entra ID's tokens do.
 */
public final class ConsoleSignIn {

    private static final String ISSUER = "https://server.example.com";
    /** The Entra tenant the test profile pins the console to ({@code %test.sspr.admin.tenant-id}). */
    public static final String TENANT_ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    private ConsoleSignIn() {
    }

    /** A client that is not signed in, following redirects and keeping cookies like a browser. */
    public static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    /** Signs in as the user with the roles; returns the client holding the session cookies. */
    public static HttpClient signIn(WireMockServer provider, URI app, String user, List<String> roles) {
        return signIn(provider, app, user, roles, TENANT_ID);
    }

    /** Signs in as the user of the given Entra tenant ({@code tid} claim); returns the client with its cookies. */
    public static HttpClient signIn(WireMockServer provider, URI app, String user, List<String> roles, String tenantId) {
        HttpClient browser = browser();
        HttpResponse<String> loginPage = openLoginPage(browser, app);
        issueTokensFor(provider, user, roles, nonceOf(loginPage.uri()), tenantId);
        submitLogin(browser, loginPage, user);
        return browser;
    }

    /** Opens the console and follows the redirect to the provider's login page, which it returns. */
    public static HttpResponse<String> openLoginPage(HttpClient browser, URI app) {
        HttpResponse<String> loginPage = get(browser, app.resolve("/admin"));
        Document form = Jsoup.parse(loginPage.body());
        if (form.select("#state").val().isEmpty() || form.select("#redirect_uri").val().isEmpty()) {
            throw new AssertionError("Expected the provider's login page, got " + loginPage.uri() + ":\n" + loginPage.body());
        }
        return loginPage;
    }

    /**
     * Submits the provider's login page; the provider redirects back to the application with a code, which
     * the application exchanges for the tokens stubbed by {@link #issueTokensFor}. Returns the last response.
     */
    public static HttpResponse<String> submitLogin(HttpClient browser, HttpResponse<String> loginPage, String user) {
        Document form = Jsoup.parse(loginPage.body());
        URI login = loginPage.uri().resolve("/login?username=" + encode(user) + "&password=secret&state="
                + encode(form.select("#state").val()) + "&redirect_uri=" + encode(form.select("#redirect_uri").val()));
        return get(browser, login);
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
        WebDriverWait wait = Chromium.waitFor(browser);
        browser.get(root + "admin");
        wait.until(page -> !browser.findElements(By.id("username")).isEmpty());
        issueTokensFor(provider, user, roles, nonceOf(URI.create(browser.getCurrentUrl())), TENANT_ID);
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("secret");
        browser.findElement(By.id("login")).click();
        wait.until(page -> browser.getCurrentUrl().startsWith(root + "admin"));
    }

    /**
     * The {@code nonce} the application put in its authorization request; the ID token must carry it back,
     * as a real provider's does ({@code quarkus.oidc.authentication.nonce-required}).
     */
    public static String nonceOf(URI authorizationRequest) {
        return queryParameter(authorizationRequest, "nonce");
    }

    /** A query parameter of the URI, decoded; fails the test when it is absent. */
    public static String queryParameter(URI uri, String name) {
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in the authorization request " + uri);
    }

    /**
     * Makes the provider's token endpoint answer the next code exchange with tokens for this user of the
     * tenant ({@code tid}; none when null), bound to the authorization request by its nonce.
     */
    public static void issueTokensFor(WireMockServer provider, String user, List<String> roles, String nonce,
            String tenantId) {
        JwtClaimsBuilder claims = Jwt.preferredUserName(user)
                .claim("name", user)
                .claim("roles", roles)
                .claim("nonce", nonce);
        if (tenantId != null) {
            claims.claim("tid", tenantId);
        }
        String token = claims.issuer(ISSUER)
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
