package dev.ssprpreflight.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.audit.ConsoleAccess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The tenant health page with the demo directory: it names the adapter and claims nothing about Graph. */
@QuarkusTest
@TestSecurity(user = "helpdesk.anna", roles = "SsprPreflight.Admin", authMechanism = "code")
class HealthConsoleTest {

    @Test
    void theDemoDirectorySaysThereIsNoGraph() {
        Document page = page("en");

        assertThat(page.select("h1").text()).isEqualTo("Tenant health");
        assertThat(page.select("[data-adapter]").attr("data-adapter")).isEqualTo("demo");
        assertThat(page.select(".adapter").text()).contains("there is no Microsoft Graph here")
                .contains("demo tenant file answers every check");
        assertThat(page.select("[data-section]")).isEmpty();
    }

    @Test
    void theNavigationLeadsToItInTheConsolesLanguage() {
        Document page = page("de");

        assertThat(page.select("html").attr("lang")).isEqualTo("de");
        assertThat(page.select("nav a[href=/admin/health]").text()).isEqualTo("Mandantenzustand");
        assertThat(page.select(".adapter").text()).contains("kein Microsoft Graph");
    }

    @Test
    void recordsWhoViewedIt() {
        page("en");

        List<String> trail = QuarkusTransaction.requiringNew().call(() -> ConsoleAccess.<ConsoleAccess> listAll()
                .stream().map(a -> a.actor + " " + a.action + " " + a.detail).toList());
        assertThat(trail).contains("helpdesk.anna view-health adapter=demo");
    }

    private static Document page(String language) {
        return Jsoup.parse(given().header("Accept-Language", language).get("/admin/health").then().statusCode(200)
                .extract().asString());
    }
}
