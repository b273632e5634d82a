package dev.ssprpreflight.wiring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * The console's funnel over the demo's seeded day, as {@code ./mvnw quarkus:dev} shows it (demo/sspr-history.yaml):
 *
 * <pre>
 *  READY    adele, megan, nestor, noah (a failed try, then success)  succeeded
 *           eva (cancelled at verification), hana (never went), cameron (five failed steps, then Entra's block)
 *           -> 4 of 7 READY succeeded
 *  BLOCKED  pradeep METHODS_NOT_REGISTERED went anyway and failed, petra METHODS_NOT_REGISTERED succeeded anyway,
 *           otto SSPR_NOT_ENABLED went and failed, kim WRITEBACK_NOT_ENABLED and cameron RESET_LOCKED_OUT did not go
 *           -> 1 of 5 BLOCKED succeeded anyway; METHODS_NOT_REGISTERED 1 of 2
 * </pre>
 */
@QuarkusTest
@TestProfile(DemoHistoryProfile.class)
@TestSecurity(user = "helpdesk.anna", roles = "SsprPreflight.Admin", authMechanism = "code")
class DemoHistoryFunnelTest {

    @Inject
    DemoHistorySeeder seeder;

    /** The past checks are recorded on a thread of their own after the start. */
    @BeforeEach
    void seeded() throws Exception {
        seeder.seeded().get(60, TimeUnit.SECONDS);
    }

    @Test
    void theSeededDayShowsPredictionsALockoutAndAUserWhoSucceededAnyway() {
        Document page = Jsoup.parse(given().header("Accept-Language", "en").get("/admin/funnel?days=7").then()
                .statusCode(200).extract().asString());

        assertThat(page.select("[data-entra-read=false]")).as("the demo's trail is read").isEmpty();
        assertThat(page.select("dd[data-share=READY]").text()).endsWith("(4 of 7)");
        assertThat(page.select("dd[data-share=BLOCKED]").text()).isEqualTo("20% (1 of 5)");
        assertThat(page.select("td[data-share=METHODS_NOT_REGISTERED]").text()).isEqualTo("50% (1 of 2)");
        assertThat(page.select("tr[data-reason=METHODS_NOT_REGISTERED] td[data-stage=SUCCEEDED_ANYWAY]").first().text())
                .isEqualTo("1");
        assertThat(page.select("g.bar[data-stage=LOCKED_OUT]").attr("data-count")).isEqualTo("1");
    }
}
