package dev.ssprpreflight.journey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(BrandingTest.Branded.class)
class BrandingTest {

    public static class Branded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "sspr.branding.organisation-name", "Northwind Traders",
                    "sspr.branding.logo-url", "/img/northwind.svg",
                    "sspr.branding.help-desk", "call 555-0100 or write to help@northwind.example",
                    "sspr.branding.primary-colour", "#FFC20E",
                    "sspr.portal.url", "https://passwordreset.microsoftonline.com/?whr=northwind.example");
        }
    }

    @Test
    void showsTheOrganisationsNameAndLogo() {
        Document page = Jsoup.parse(given().get("/").asString());

        assertThat(page.select(".organisation").text()).isEqualTo("Northwind Traders");
        assertThat(page.select("img.logo").attr("src")).isEqualTo("/img/northwind.svg");
        assertThat(page.title()).endsWith("Northwind Traders");
    }

    @Test
    void servesTheOrganisationsColourAsAStylesheetWithReadableTextOnIt() {
        Document page = Jsoup.parse(given().get("/").asString());
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/css/site.css", "/branding.css");

        given().get("/branding.css").then().statusCode(200).contentType("text/css")
                .body(org.hamcrest.Matchers.equalTo(":root { --brand: #ffc20e; --brand-contrast: #000000; }\n"));
    }

    @Test
    void showsTheHelpDeskBesideTheReferenceCode() {
        Document page = Jsoup.parse(JourneyClient.submit("joni.sherman@contoso.example").asString());

        assertThat(page.select(".reference .help-desk").text())
                .isEqualTo("Contact your IT support: call 555-0100 or write to help@northwind.example");
    }

    @Test
    void keepsTheConfiguredPortalQuery() {
        assertThat(JourneyClient.submit("adele.vance@contoso.example").header("Location")).isEqualTo(
                "https://passwordreset.microsoftonline.com/?whr=northwind.example&username=adele.vance%40contoso.example&mkt=en-us");
    }
}
