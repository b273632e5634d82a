package dev.ssprpreflight.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.audit.StoredAttempts;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;
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

        List<String> trail = StoredAttempts.consoleAccesses().stream()
                .map(a -> a.actor + " " + a.action + " " + a.detail).toList();
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

    @Test
    void showsHowRegistrationBlocksAreConfirmedAndWhoTookTheReportsBudget() {
        Instant lastRead = Instant.now().minus(Duration.ofHours(2));
        String failure = "FORBIDDEN: GET directory audits page (403 Authorization_RequestDenied)";
        graphHasSeen(new DirectoryStatus.Remote(Map.of(FailureKind.FORBIDDEN, 3L), 0, Optional.of(failure),
                Optional.of(Instant.now()), 12, Optional.of(Duration.ofMinutes(3)), Set.of("Directory.Read.All"),
                Optional.of(true), false, Optional.empty(), 0, 0, SsprPolicy.defaults()),
                new DirectoryStatus.Confirmation(
                        Map.of("mirror", 30L, "registration-feed", 10L, "report-row", 8L, "live-look", 2L),
                        Map.of("live-look", 4L), 5, 2, true, true, 1,
                        new DirectoryStatus.Feed(true, false, Optional.of(lastRead.minus(Duration.ofDays(1))),
                                Optional.of(lastRead), 17, Optional.of(failure))));

        Document page = page("en");

        assertThat(verdict(page, "confirmation")).isEqualTo("PROBLEM");
        assertThat(page.select("[data-section=confirmation] h2").text()).isEqualTo("Registration confirmation");
        assertThat(page.select("[data-section=confirmation] .health-verdict").text()).contains(
                "Blocking a user as unregistered needs a live look again",
                "unregistered users may be sent on to the portal", "A 403 naming Directory.Read.All");
        assertThat(page.select("[data-field=feed-setting]").text()).isEqualTo("true (the feed reads the audit log)");
        assertThat(page.select("[data-field=feed-fresh]").text()).isEqualTo("no");
        assertThat(page.select("[data-field=feed-last-read] time").attr("datetime"))
                .isEqualTo(lastRead.truncatedTo(ChronoUnit.SECONDS).toString());
        assertThat(page.select("[data-field=feed-events]").text()).isEqualTo("17");
        assertThat(page.select("[data-field=feed-last-failure]").text()).isEqualTo(failure);
        assertThat(page.select("[data-field=budget-capacity]").text()).isEqualTo("5");
        assertThat(page.select("[data-field=budget-reserved]").text()).isEqualTo("2");
        assertThat(page.select("[data-field=budget-keeping]").text()).isEqualTo("shared by the replicas through the database");
        assertThat(page.select("[data-field=budget-ledger-failures]").text()).isEqualTo("1");
        var table = page.select("[data-section=confirmation] table.budget-consumers");
        assertThat(table.select("caption").text())
                .isEqualTo("Requests of the reports budget by consumer since this instance started");
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Consumer", "Granted", "Refused",
                "Share of granted");
        assertThat(table.select("tbody tr").eachAttr("data-consumer")).containsExactly("mirror", "registration-feed",
                "report-row", "live-look");
        assertThat(table.select("tr[data-consumer=live-look] th[scope=row]").text())
                .isEqualTo("Live look at a user's methods during a check live-look");
        assertThat(table.select("tr[data-consumer=live-look] td").eachText()).containsExactly("2", "4", "4%");
        assertThat(table.select("tr[data-consumer=mirror] td").eachText()).containsExactly("30", "0", "60%");
        assertThat(table.select("tfoot tr[data-consumer=all] td").eachText()).containsExactly("50", "4", "100%");
        var permission = page.select("[data-section=permissions] tr[data-permission=Directory.Read.All]");
        assertThat(permission.text()).contains("List directoryAudits needs AuditLog.Read.All and Directory.Read.All");
        assertThat(permission.select("a").attr("href"))
                .isEqualTo("https://learn.microsoft.com/en-us/graph/permissions-reference#directoryreadall");
    }

    @Test
    void aFeedSwitchedOffIsAChoiceWithItsCostAndTheSectionSpeaksTheConsolesLanguage() {
        graphHasSeen(new DirectoryStatus.Remote(Map.of(), 0, Optional.empty(), Optional.of(Instant.now()), 12,
                Optional.of(Duration.ofMinutes(3)), Set.of(), Optional.of(true), false, Optional.empty(), 0, 0,
                SsprPolicy.defaults()),
                new DirectoryStatus.Confirmation(Map.of(), Map.of(), 5, 2, false, false, 0, DirectoryStatus.Feed.off()));

        Document page = page("de");

        assertThat(verdict(page, "confirmation")).isEqualTo("OK");
        assertThat(page.select("[data-section=confirmation] h2").text())
                .isEqualTo(KeyTexts.shipped("hlt_de", "healthConfirmationHeading"));
        assertThat(page.select("[data-section=confirmation] .health-verdict").text())
                .endsWith(KeyTexts.shipped("hlt_de", "healthConfirmationOff"));
        assertThat(page.select("[data-field=feed-setting]").text()).isEqualTo(KeyTexts.shipped("hlt_de", "healthFeedOff"));
        assertThat(page.select("[data-field=feed-fresh], [data-field=feed-events]")).isEmpty();
        assertThat(page.select("[data-field=budget-keeping]").text())
                .isEqualTo(KeyTexts.shipped("hlt_de", "healthBudgetPerReplica"));
        assertThat(page.select("[data-field=budget-ledger-failures]")).isEmpty();
        assertThat(page.select("table.budget-consumers tbody td:last-child").eachText())
                .containsOnly(ConfirmationSection.NO_SHARE);
    }

    @Test
    void aGraphStatusThatSaysNothingOfConfirmationLeavesTheSectionOut() {
        graphHasSeen(new DirectoryStatus.Remote(Map.of(), 0, Optional.empty(), Optional.of(Instant.now()), 12,
                Optional.of(Duration.ofMinutes(3)), Set.of(), Optional.of(true), false, Optional.empty(), 0, 0,
                SsprPolicy.defaults()));

        Document page = page("en");

        assertThat(page.select("[data-section=mirror]")).hasSize(1);
        assertThat(page.select("[data-section=confirmation]")).isEmpty();
    }

    /** Puts what a Graph adapter has seen in place of the demo directory, for this test only. */
    private static void graphHasSeen(DirectoryStatus.Remote seen) {
        graphHasSeen(seen, null);
    }

    /** The same, with the reports budget and the registration feed as the adapter reports them (null: not at all). */
    private static void graphHasSeen(DirectoryStatus.Remote seen, DirectoryStatus.Confirmation confirmation) {
        GraphSeen.install(seen, confirmation);
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
