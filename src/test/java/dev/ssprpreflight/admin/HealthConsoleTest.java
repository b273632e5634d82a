package dev.ssprpreflight.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.audit.ConsoleAccess;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.directory.DirectoryStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The tenant health page with the demo directory, where it names the adapter and claims nothing about Graph; and
 * with what a Graph adapter has seen put in its place, for the parts the page judges from it.
 */
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

    @Test
    void showsUnreadableRolesAsAMissingPermissionAndDisagreementsAsAnItemOfTheirOwn() {
        graphHasSeen(new DirectoryStatus.Remote(Map.of(), 0, Optional.empty(), Optional.of(Instant.now()), 12,
                Optional.of(Duration.ofMinutes(3)), Set.of("RoleManagement.Read.Directory"), Optional.of(true), false,
                Optional.of(Instant.now().minus(Duration.ofMinutes(20))), 2, 5, SsprPolicy.defaults()));

        Document page = page("en");

        assertThat(verdict(page, "roles")).isEqualTo("PROBLEM");
        assertThat(page.select("[data-section=roles] .health-verdict").text())
                .contains("2 directory roles without template id or name", "cannot be recognised as administrators");
        assertThat(page.select("[data-section=roles] [data-permission=RoleManagement.Read.Directory] a").attr("href"))
                .isEqualTo("https://learn.microsoft.com/en-us/graph/permissions-reference#rolemanagementreaddirectory");
        assertThat(page.select("[data-section=permissions] tr[data-permission=RoleManagement.Read.Directory]").text())
                .contains("administrators cannot be recognised");
        assertThat(verdict(page, "admin-signal")).isEqualTo("WARNING");
        assertThat(page.select("[data-field=admin-signal-disagreements]").text()).isEqualTo("5");
        assertThat(page.select("[data-section=admin-signal] .health-verdict").text()).contains("For 5 users");
    }

    @Test
    void showsEachSettingTheChecksRelyOnAndWhichChecksAreOffForAMissingOne() {
        SsprPolicy policy = new SsprPolicy(2, SsprPolicy.everyResetMethod(),
                Optional.of("5b5b5b5b-1111-4222-8333-444444444444"), Set.of());
        graphHasSeen(new DirectoryStatus.Remote(Map.of(), 0, Optional.empty(), Optional.of(Instant.now()), 12,
                Optional.of(Duration.ofMinutes(3)), Set.of(), Optional.empty(), true,
                Optional.of(Instant.now().minus(Duration.ofMinutes(20))), 0, 0, policy));

        Document page = page("en");

        assertThat(verdict(page, "settings")).isEqualTo("WARNING");
        assertThat(page.select("[data-section=settings] .health-verdict").text()).contains(
                "These checks are off because their setting is missing: WRITEBACK_NOT_ENABLED, ONPREM_PROTECTED_ACCOUNT");
        assertThat(page.select("tr[data-check-off=true]").eachAttr("data-setting"))
                .containsExactly("sspr.tenant.password-writeback-enabled", "sspr.tenant.protected-account-groups");
        assertThat(setting(page, "sspr.tenant.protected-account-groups", ".setting-value")).isEqualTo("not set");
        assertThat(setting(page, "sspr.tenant.protected-account-groups", "td:last-child"))
                .startsWith("Check off ONPREM_PROTECTED_ACCOUNT is off");
        assertThat(setting(page, "sspr.policy.methods-required", ".setting-value")).isEqualTo("2");
        assertThat(setting(page, "sspr.policy.methods", ".setting-value")).isEqualTo("every method SSPR offers");
        assertThat(setting(page, "sspr.policy.enabled-group", ".setting-value"))
                .isEqualTo("5b5b5b5b-1111-4222-8333-444444444444");
        assertThat(setting(page, "sspr.tenant.sync-stale-after", ".setting-value")).isEqualTo("PT24H (24 h 0 min)");
        assertThat(setting(page, "sspr.licensing.cloud-qualifying-skus", "td:last-child"))
                .contains("Any subscription in force lets cloud-only users reset");
        assertThat(verdict(page, "roles")).isEqualTo("OK");
        assertThat(verdict(page, "admin-signal")).isEqualTo("OK");
    }

    @Test
    void theNewPartsSpeakTheConsolesLanguage() {
        graphHasSeen(new DirectoryStatus.Remote(Map.of(), 0, Optional.empty(), Optional.of(Instant.now()), 12,
                Optional.of(Duration.ofMinutes(3)), Set.of(), Optional.empty(), true, Optional.of(Instant.now()), 1, 1,
                SsprPolicy.defaults()));

        Document page = page("de");

        assertThat(page.select("[data-section=settings] h2").text())
                .isEqualTo(KeyTexts.shipped("hlt_de", "healthSettingsHeading"));
        assertThat(page.select("[data-section=roles] h2").text()).isEqualTo(KeyTexts.shipped("hlt_de", "healthRolesHeading"));
        assertThat(setting(page, "sspr.tenant.protected-account-groups", ".setting-value"))
                .isEqualTo(KeyTexts.shipped("hlt_de", "healthSettingNotSet"));
    }

    /** Puts what a Graph adapter has seen in place of the demo directory, for this test only. */
    private static void graphHasSeen(DirectoryStatus.Remote seen) {
        QuarkusMock.installMockForType(new DirectoryStatus() {
            @Override
            public String adapter() {
                return "graph";
            }

            @Override
            public Optional<Remote> remote() {
                return Optional.of(seen);
            }

            @Override
            public Optional<Probe> probe(Duration timeout) {
                return Optional.of(Probe.answered(Duration.ofMillis(30)));
            }
        }, DirectoryStatus.class);
    }

    private static String verdict(Document page, String section) {
        return page.select("[data-section=" + section + "] .health-verdict").attr("data-status");
    }

    private static String setting(Document page, String key, String cell) {
        return page.select("tr[data-setting=" + key + "] " + cell).text();
    }

    private static Document page(String language) {
        return Jsoup.parse(given().header("Accept-Language", language).get("/admin/health").then().statusCode(200)
                .extract().asString());
    }
}
