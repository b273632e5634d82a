package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ssprpreflight.web.LanguageChoice;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Drives the journey over HTTP the way a browser does: it loads the form first, so that the
 * submission carries the CSRF cookie and token, and it never follows the redirect to Microsoft.
 * Public, because the directory adapters' tests drive the journey too.
 */
public final class JourneyClient {

    public static final String CSRF_COOKIE = "csrf-token";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private JourneyClient() {
    }

    public static Response submit(String username) {
        return submit(username, "en");
    }

    public static Response submit(String username, String language) {
        return submit(username, language, Map.of(), Map.of());
    }

    /** As a client behind a trusted proxy that forwards for {@code clientAddress}. */
    public static Response submitFrom(String clientAddress, String username) {
        return submit(username, "en", Map.of("X-Forwarded-For", clientAddress), Map.of());
    }

    /**
     * @param headers sent with both the form and the submission (e.g. {@code X-Forwarded-For})
     * @param extraFields more form fields (e.g. a challenge answer)
     */
    public static Response submit(String username, String language, Map<String, String> headers,
            Map<String, String> extraFields) {
        Response form = given().headers(headers).cookie(LanguageChoice.COOKIE, language).get("/");
        Matcher token = CSRF_FIELD.matcher(form.asString());
        if (!token.find()) {
            throw new AssertionError("The form has no CSRF token:\n" + form.asString());
        }
        RequestSpecification submission = given()
                .redirects().follow(false)
                .headers(headers)
                .cookie(LanguageChoice.COOKIE, language)
                .cookie(CSRF_COOKIE, form.getCookie(CSRF_COOKIE))
                .formParam("csrf-token", token.group(1))
                .formParam("username", username);
        extraFields.forEach(submission::formParam);
        return submission.post("/");
    }
}
