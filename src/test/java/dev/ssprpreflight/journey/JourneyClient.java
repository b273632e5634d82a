package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ssprpreflight.web.LanguageChoice;
import io.restassured.response.Response;

/**
 * Drives the journey over HTTP the way a browser does (public: the directory adapters' tests drive it too): it loads the form
 * first, so that the
 * submission carries the CSRF cookie and token, and it never follows the redirect to Microsoft.
 */
public final class JourneyClient {

    static final String CSRF_COOKIE = "csrf-token";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private JourneyClient() {
    }

    public static Response submit(String username) {
        return submit(username, "en");
    }

    public static Response submit(String username, String language) {
        Response form = given().cookie(LanguageChoice.COOKIE, language).get("/");
        Matcher token = CSRF_FIELD.matcher(form.asString());
        if (!token.find()) {
            throw new AssertionError("The form has no CSRF token:\n" + form.asString());
        }
        return given()
                .redirects().follow(false)
                .cookie(LanguageChoice.COOKIE, language)
                .cookie(CSRF_COOKIE, form.getCookie(CSRF_COOKIE))
                .formParam("csrf-token", token.group(1))
                .formParam("username", username)
                .post("/");
    }
}
