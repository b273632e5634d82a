package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.ssprpreflight.web.LanguageChoice;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;

/** Every kind of response carries the security headers; pages hold nothing inline that the CSP would need to allow. */
@QuarkusTest
class SecurityHeadersTest {

    static Stream<Arguments> everyKindOfResponse() {
        return Stream.of(
                page("the form", () -> given().get("/")),
                page("the form in Swedish", () -> given().get("/?lang=sv")),
                page("a refused username (400)", () -> JourneyClient.submit("not a username")),
                page("the explanation page", () -> JourneyClient.submit("joni.sherman@contoso.example")),
                page("the redirect to the portal", () -> JourneyClient.submit("adele.vance@contoso.example")),
                page("the stylesheet", () -> given().get("/css/site.css")),
                page("the challenge script", () -> given().get("/js/challenge.js")),
                page("a missing page (404)", () -> given().get("/no-such-page")),
                page("a wrong method (405)", () -> given().body("x").put("/")),
                page("a submission without CSRF token", () -> given().redirects().follow(false)
                        .formParam("username", "anna@contoso.example").post("/")),
                page("the future admin console", () -> given().redirects().follow(false).get("/admin")));
    }

    private static Arguments page(String label, Supplier<Response> request) {
        return Arguments.of(label, request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfResponse")
    void everyResponseCarriesTheSecurityHeaders(String label, Supplier<Response> request) {
        Response response = request.get();

        String csp = response.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
                "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self' https://passwordreset.microsoftonline.com")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Permissions-Policy")).contains("camera=()", "geolocation=()", "microphone=()");
        // Plain HTTP: HSTS would be ignored, and RFC 6797 forbids it (the proxy tests cover HTTPS).
        assertThat(response.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        for (Response response : new Response[] { given().get("/"), JourneyClient.submit("x"),
                JourneyClient.submit("allan.deyoung@contoso.example"), given().get("/no-such-page") }) {
            Document page = Jsoup.parse(response.asString());
            assertThat(page.select("script:not([src])")).as("inline scripts").isEmpty();
            assertThat(page.select("style, [style]")).as("inline styles").isEmpty();
            assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().toLowerCase().startsWith("on"))).as("event handler attributes").isEmpty();
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void cookiesAreHttpOnlyAndSameSite() {
        Response form = given().get("/?lang=sv");

        Cookie csrf = form.getDetailedCookie(JourneyClient.CSRF_COOKIE);
        assertThat(csrf.isHttpOnly()).isTrue();
        assertThat(csrf.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(csrf.isSecured()).as("not over plain HTTP").isFalse();
        Cookie language = form.getDetailedCookie(LanguageChoice.COOKIE);
        assertThat(language.isHttpOnly()).isTrue();
        assertThat(language.getSameSite()).isEqualToIgnoringCase("Lax");
        assertThat(language.isSecured()).isFalse();
    }
}
