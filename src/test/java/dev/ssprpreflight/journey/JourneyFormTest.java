package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.web.LanguageChoice;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class JourneyFormTest {

    @Test
    void servesOneFormWithAUsernameField() {
        Document page = Jsoup.parse(given().get("/").then().statusCode(200).contentType("text/html").extract().asString());

        assertThat(page.select("form[method=post]")).hasSize(1);
        assertThat(page.select("form[method=post] input[name=username]")).hasSize(1);
        assertThat(page.select("label[for=username]").text()).isEqualTo("Username");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                              | Enter your username.",
            "'anna'                          | Enter your username in the form name@organisation.com.",
            "'anna smith@contoso.example'    | Enter your username in the form name@organisation.com.",
            "'anna\u0000@contoso.example'    | The username contains characters that cannot be part of a username.",
    })
    void refusesInvalidInputWith400AndTheFormAgain(String username, String message) {
        Response response = JourneyClient.submit(username);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("form[method=post] input[name=username]")).hasSize(1);
        assertThat(page.select("#username-error").text()).startsWith(message);
        assertThat(page.select("input[name=username]").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void refusesAUsernameLongerThan113Characters() {
        String tooLong = "a".repeat(110) + "@contoso.example";

        Response response = JourneyClient.submit(tooLong);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.asString()).select("#username-error").text()).contains("at most 113 characters");
    }

    @Test
    void reflectsRefusedInputOnlyEscaped() {
        Response response = JourneyClient.submit("<script>alert('x')</script>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).doesNotContain("<script>alert");
        assertThat(Jsoup.parse(response.asString()).select("input[name=username]").val())
                .isEqualTo("<script>alert('x')</script>");
    }

    @Test
    void speaksSwedishToASwedishBrowser() {
        given().header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5").get("/")
                .then().statusCode(200)
                .header("Content-Language", "sv")
                .body(containsString("<html lang=\"sv\">"), containsString("Glömt ditt lösenord?"));
    }

    @Test
    void theLanguageSwitchIsRememberedInACookie() {
        Response switched = given().header("Accept-Language", "en").get("/?lang=sv");

        assertThat(switched.getCookie(LanguageChoice.COOKIE)).isEqualTo("sv");
        given().header("Accept-Language", "en").cookie(LanguageChoice.COOKIE, "sv").get("/")
                .then().body(containsString("Glömt ditt lösenord?"), not(containsString("Forgot your password?")));
    }

    @Test
    void unknownPagesGetAnHtmlPageWithoutInternals() {
        given().get("/no-such-page")
                .then().statusCode(404).contentType("text/html")
                .body(containsString("Page not found"), not(containsString("Exception")));
    }

    @Test
    void aWrongMethodGetsAnHtmlPage() {
        given().body("x").put("/")
                .then().statusCode(405).contentType("text/html")
                .body(containsString("Something went wrong"), not(containsString("Exception")));
    }

    @Test
    void aSubmissionWithoutCsrfTokenIsRefused() {
        int status = given().redirects().follow(false).formParam("username", "anna@contoso.example").post("/")
                .statusCode();

        assertThat(status).isEqualTo(400);
    }
}
