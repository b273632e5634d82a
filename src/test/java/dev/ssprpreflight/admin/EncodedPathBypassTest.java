package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.ssprpreflight.admin.ConsoleAccessTest.Route;
import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.AttemptFixtures;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.testsupport.ConsoleSignIn;
import dev.ssprpreflight.testsupport.RawHttp;
import dev.ssprpreflight.testsupport.RequestTargetRecorder;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * Every console route, spelled the ways that have slipped past path-based policies (path parameters with
 * {@code ;} or {@code %3B}, encoded slashes and backslashes, encoded dot segments, double slashes, upper case),
 * sent raw, anonymously and signed in without the app role: none answers with console data. The console
 * does not rest on the path policy alone (every resource also has {@code @RolesAllowed}), and this test
 * checks both layers together.
 */
@QuarkusTest
class EncodedPathBypassTest {

    private static final String PROBE_USER = "bypass.probe@contoso.example";
    /** Texts that only a console page with data shows (headings, navigation, the seeded attempt). */
    private static final List<String> CONSOLE_DATA = List.of("What blocks password reset", "console-nav",
            "Signed in as", "Readiness scans", "Attempts in the period", "From our verdict to Microsoft's portal",
            PROBE_USER);
    private static final Set<Integer> REFUSALS = Set.of(302, 303, 400, 401, 403, 404, 405);

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL root;

    private Attempt probe;

    @BeforeEach
    void seed() {
        probe = AttemptFixtures.insert(PROBE_USER, Outcome.BLOCKED, List.of(Reason.LICENSE_MISSING), Instant.now(), 100);
    }

    @Test
    void noSpellingOfAConsoleRouteLetsAnonymousVisitorsIn() {
        assertNoVariantOpens(null, "anonymous");
    }

    @Test
    void noSpellingOfAConsoleRouteLetsUsersWithoutTheRoleIn() {
        HttpClient user = ConsoleSignIn.signIn(provider, URI.create(root.toString()), "no.role.bypass", List.of());
        String cookies = ((CookieManager) user.cookieHandler().orElseThrow()).getCookieStore()
                .get(URI.create(root.toString())).stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
        assertThat(cookies).as("the session cookie of the signed-in user").contains("q_session");

        assertNoVariantOpens(cookies, "signed in without the role");
    }

    @Test
    void theVariantsReachTheServerAsWritten() {
        RawHttp.send(root, "GET", "/admin;x=y/attempts", null);
        RawHttp.send(root, "GET", "/admin/%2e%2e/admin", null);
        RawHttp.send(root, "GET", "//admin", null);

        assertThat(RequestTargetRecorder.received("/admin;x=y/attempts")).isTrue();
        assertThat(RequestTargetRecorder.received("/admin/%2e%2e/admin")).isTrue();
        assertThat(RequestTargetRecorder.received("//admin")).isTrue();
    }

    private void assertNoVariantOpens(String cookie, String who) {
        SoftAssertions softly = new SoftAssertions();
        int sent = 0;
        for (Route route : ConsoleAccessTest.consoleRoutes()) {
            String path = route.path().replace("{code}", probe.referenceCode).replace("{id}", "1");
            for (String variant : variants(path)) {
                RawHttp.Response response = RawHttp.send(root, route.method(), variant, cookie);
                sent++;
                String what = who + ": " + route.method() + " " + variant + " -> " + response.status();
                softly.assertThat(response.status()).as(what).isIn(REFUSALS);
                if (response.status() == 302 || response.status() == 303) {
                    softly.assertThat(response.headers().get("location")).as(what)
                            .satisfiesAnyOf(l -> assertThat(l).startsWith(provider.baseUrl()),
                                    l -> assertThat(l).contains("/admin/sign-in"));
                }
                for (String data : CONSOLE_DATA) {
                    softly.assertThat(response.body()).as(what).doesNotContain(data);
                }
                softly.assertThat(response.body()).as(what).doesNotContain(probe.referenceCode + "</");
            }
        }
        softly.assertThat(sent).as("requests sent").isGreaterThan(100);
        softly.assertAll();
    }

    /** The spellings of one console path that a path-matching policy might not recognise as the console. */
    static Set<String> variants(String path) {
        String rest = path.substring("/admin".length());
        Set<String> variants = new LinkedHashSet<>();
        variants.add("/admin;x=y" + rest);
        variants.add("/admin%3Bx=y" + rest);
        variants.add("/admin%3bx=y" + rest);
        variants.add(path + ";x=y");
        if (!rest.isEmpty()) {
            variants.add("/admin%2F" + rest.substring(1));
            variants.add("/admin%2f" + rest.substring(1));
            variants.add("/admin%5C" + rest.substring(1));
            variants.add("/admin/" + rest.substring(1).replace("/", "%2F"));
        }
        variants.add("/%2Fadmin" + rest);
        variants.add("/%5Cadmin" + rest);
        variants.add("/%2e/admin" + rest);
        variants.add("/%2E/admin" + rest);
        variants.add("/./admin" + rest);
        variants.add("/admin/%2e%2e" + path);
        variants.add("/admin/%2E%2E" + path);
        variants.add("/admin/..%2F" + path.substring(1));
        variants.add("/x/%2e%2e" + path);
        variants.add("//admin" + rest);
        variants.add("/" + path);
        variants.add("/ADMIN" + rest.toUpperCase());
        variants.add("/ADMIN" + rest);
        variants.add("/Admin" + rest);
        variants.add("/admin%2e" + rest);
        variants.add("/%61dmin" + rest);
        return variants;
    }

}
