package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.ssprpreflight.directory.graph.FakeGraphResource.InjectFakeGraph;
import dev.ssprpreflight.directory.graph.GraphJson.UserJson;
import dev.ssprpreflight.journey.JourneyClient;
import dev.ssprpreflight.testsupport.Chromium;
import dev.ssprpreflight.testsupport.ConsoleSignIn;
import dev.ssprpreflight.testsupport.PageChecks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * The console's tenant health page with {@code sspr.directory=graph} against the fake Graph: reachability
 * from the readiness check's probe, a 403 named as the missing permission, the writeback setting missing
 * while the organisation syncs, and the page in a real browser.
 */
@QuarkusTest
@TestProfile(GraphHealthPageTest.WithoutWritebackSetting.class)
class GraphHealthPageTest {

    /** The Graph profile, but nobody declared whether password writeback is on. */
    public static class WithoutWritebackSetting extends GraphProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.remove("sspr.tenant.password-writeback-enabled");
            return overrides;
        }
    }

    static final String ADMIN_ROLE = "SsprPreflight.Admin";
    static final String USER_ID = "ffffffff-0000-4000-8000-000000000002";

    @InjectFakeGraph
    FakeGraph graph;

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void resetGraph() {
        graph.reset();
        graph.stubTenant(false, null, true);
    }

    @Test
    void showsThatGraphAnswersTheProbe() {
        HttpClient admin = signIn();

        // The first probe may take longer than the page waits for it (cold SDK): the page says pending then.
        Document page = await().atMost(Duration.ofSeconds(10)).until(() -> healthPage(admin),
                p -> "OK".equals(verdict(p, "reachability")));

        assertThat(page.select("[data-adapter]").attr("data-adapter")).isEqualTo("graph");
        assertThat(page.select("[data-section=reachability] .health-verdict").text())
                .contains("Status: OK.", "Graph answered the probe");
        assertThat(page.select("[data-section=reachability] time").attr("datetime")).endsWith("Z");
    }

    @Test
    void namesThePermissionThatAForbiddenLookupPointedTo() {
        String upn = "denied@contoso.com";
        graph.stubUser(UserJson.ready(USER_ID, upn));
        graph.server.stubFor(get(urlPathEqualTo("/v1.0/reports/authenticationMethods/userRegistrationDetails"))
                .atPriority(1).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody(GraphJson.error("Authorization_RequestDenied",
                                "Insufficient privileges to complete the operation."))));
        HttpClient admin = signIn();
        assertThat(healthPage(admin).select("tr[data-permission=AuditLog.Read.All]"))
                .as("the permission is not named before the lookup").isEmpty();

        JourneyClient.submit(upn);

        Document page = healthPage(admin);
        assertThat(verdict(page, "permissions")).isEqualTo("PROBLEM");
        var row = page.select("tr[data-permission=AuditLog.Read.All]");
        assertThat(row.text()).contains("The registration report");
        assertThat(row.select("a").attr("href"))
                .isEqualTo("https://learn.microsoft.com/en-us/graph/permissions-reference#auditlogreadall");
        assertThat(page.select("[data-section=failures] tr[data-kind=FORBIDDEN] td").text()).isNotEqualTo("0");
    }

    @Test
    void namesRoleManagementReadDirectoryWhenARoleCameWithoutTemplateIdOrName() {
        String upn = "limited.roles@contoso.com";
        graph.stubUserWithRoles(UserJson.ready(USER_ID, upn),
                GraphJson.limitedRoles("77777777-0000-4000-8000-0000000000cc"));
        graph.stubReportRow(upn, GraphJson.registrationRow(USER_ID, upn, true, true, "mobilePhone", "email"));
        HttpClient admin = signIn();
        assertThat(healthPage(admin).select("tr[data-permission=RoleManagement.Read.Directory]"))
                .as("the permission is not named before the lookup").isEmpty();

        JourneyClient.submit(upn);

        Document page = healthPage(admin);
        assertThat(verdict(page, "permissions")).isEqualTo("PROBLEM");
        assertThat(page.select("tr[data-permission=RoleManagement.Read.Directory] a").attr("href"))
                .isEqualTo("https://learn.microsoft.com/en-us/graph/permissions-reference#rolemanagementreaddirectory");
    }

    @Test
    void saysTheWritebackSettingIsMissingWhileTheOrganisationSyncsAndHowToFixIt() {
        Instant lastSync = Instant.now().minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);
        graph.stubTenant(true, lastSync, true);
        String upn = "synced.user@contoso.com";
        graph.stubUser(UserJson.ready(USER_ID, upn).synced());
        graph.stubReportRow(upn, GraphJson.registrationRow(USER_ID, upn, true, true, "mobilePhone", "email"));

        JourneyClient.submit(upn);

        Document page = healthPage(signIn());
        assertThat(verdict(page, "writeback")).isEqualTo("PROBLEM");
        assertThat(page.select("[data-field=writeback-setting]").text()).isEqualTo("not set");
        assertThat(page.select("[data-section=writeback]").text())
                .contains("the setting is not set: WRITEBACK_NOT_ENABLED can never be reported")
                .contains("set SSPR_TENANT_PASSWORD_WRITEBACK_ENABLED to true or false");
        assertThat(verdict(page, "sync")).isEqualTo("OK");
        assertThat(page.select("[data-section=sync] time").eachAttr("datetime")).contains(lastSync.toString());
        assertThat(page.select("[data-field=facts-read-at] time")).hasSize(1);
    }

    @Test
    void passesTheAccessibilityChecksInABrowser() {
        Chromium.assumeInstalled();
        ChromeDriver browser = Chromium.start(new Dimension(1280, 900));
        try {
            ConsoleSignIn.signInInBrowser(browser, provider, root, "helpdesk.anna", List.of(ADMIN_ROLE));
            browser.findElement(By.linkText("Tenant health")).click();
            Chromium.waitFor(browser).until(page -> browser.getCurrentUrl().endsWith("/admin/health"));

            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tenant health");
            assertThat(browser.findElements(By.cssSelector("[data-section]"))).hasSize(10);
            PageChecks.assertGood(browser, root, "the tenant health page");
        } finally {
            browser.quit();
        }
    }

    private HttpClient signIn() {
        return ConsoleSignIn.signIn(provider, URI.create(root.toString()), "helpdesk.anna", List.of(ADMIN_ROLE));
    }

    private Document healthPage(HttpClient admin) {
        var response = ConsoleSignIn.get(admin, URI.create(root.toString()).resolve("/admin/health"));
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static String verdict(Document page, String section) {
        return page.select("[data-section=" + section + "] .health-verdict").attr("data-status");
    }
}
