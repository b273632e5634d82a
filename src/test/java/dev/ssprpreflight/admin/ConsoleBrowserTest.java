package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.AttemptFixtures;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.directory.MemorySsprAuditStore;
import dev.ssprpreflight.directory.SsprAuditStore.Event;
import dev.ssprpreflight.directory.SsprAuditTrail;
import dev.ssprpreflight.testsupport.BrowserSession;
import dev.ssprpreflight.testsupport.ConsoleSignIn;
import dev.ssprpreflight.testsupport.PageChecks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/** A help-desk person in a real browser: signs in through the identity provider, filters, exports. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL root;

    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession(new Dimension(1280, 900));

    @BeforeEach
    void seedAndSignOut() {
        // Signed out of the app and the provider alike (both are on localhost: cookies ignore the port).
        chromium.browser().get(root.toString());
        chromium.browser().manage().deleteAllCookies();
        AttemptFixtures.clear();
        AttemptFixtures.insert("lee.gu@contoso.example", Outcome.BLOCKED, List.of(Reason.LICENSE_MISSING),
                Instant.now().minus(Duration.ofHours(2)));
        AttemptFixtures.insert("miriam.graham@contoso.example", Outcome.BLOCKED, List.of(Reason.SYNC_ERRORS),
                Instant.now().minus(Duration.ofHours(3)));
        AttemptFixtures.insert("adele.vance@contoso.example", Outcome.READY, List.of(Reason.LICENSE_NOT_ASSIGNED),
                Instant.now().minus(Duration.ofHours(4)));
    }

    @Test
    void someoneWithoutTheAppRoleGetsAnAccessibleRefusal() {
        ConsoleSignIn.signInInBrowser(chromium.browser(), provider, root, "someone.else", List.of("Other.Role"));
        WebDriverWait wait = chromium.waitFor();

        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("No access");
        assertThat(chromium.browser().findElement(By.tagName("main")).getText()).contains("SsprPreflight.Admin");
        PageChecks.assertGood(chromium.browser(), root, "the console's refusal (403)");
    }

    @Test
    void signsInOpensTheDashboardFiltersAndDownloadsTheCsv() throws IOException {
        ConsoleSignIn.signInInBrowser(chromium.browser(), provider, root, "helpdesk.anna", List.of("SsprPreflight.Admin"));
        WebDriverWait wait = chromium.waitFor();

        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("What blocks password reset");
        assertThat(chromium.browser().findElement(By.cssSelector("[data-outcome=BLOCKED] .count")).getText()).isEqualTo("2");
        assertThat(chromium.browser().findElements(By.cssSelector("svg[role=img] rect"))).hasSize(2);
        assertThat(chromium.browser().findElement(By.cssSelector(".legend li[data-retired=true]")).getText())
                .endsWith("retired");
        assertThat(chromium.browser().findElements(By.cssSelector("table[data-tier=FINDING] tr[data-reason]")))
                .extracting(row -> row.getAttribute("data-reason")).containsExactly("LICENSE_NOT_ASSIGNED");
        PageChecks.assertGood(chromium.browser(), root, "the dashboard");
        PageChecks.screenshot(chromium.browser(), "console-dashboard");

        chromium.browser().findElement(By.linkText("Attempts")).click();
        new Select(chromium.browser().findElement(By.id("reason"))).selectByValue("LICENSE_NOT_ASSIGNED");
        chromium.browser().findElement(By.cssSelector("form.filter button[type=submit]")).click();
        wait.until(page -> chromium.browser().getCurrentUrl().contains("reason=LICENSE_NOT_ASSIGNED"));
        assertThat(chromium.browser().findElements(By.cssSelector("tr[data-reference-code] td.username")))
                .extracting(element -> element.getText()).containsExactly("adele.vance@contoso.example");

        new Select(chromium.browser().findElement(By.id("reason"))).selectByValue("SYNC_ERRORS");
        chromium.browser().findElement(By.cssSelector("form.filter button[type=submit]")).click();
        wait.until(page -> chromium.browser().getCurrentUrl().contains("reason=SYNC_ERRORS"));
        assertThat(chromium.browser().findElements(By.cssSelector("tr[data-reference-code] td.username")))
                .extracting(element -> element.getText()).containsExactly("miriam.graham@contoso.example");
        assertThat(chromium.browser().findElement(By.cssSelector("td[data-tier=BLOCK] [data-retired=true]")).getText())
                .isEqualTo("SYNC_ERRORS retired");
        PageChecks.assertGood(chromium.browser(), root, "the attempt list");

        chromium.browser().findElement(By.cssSelector("a.export")).click();
        Path csv = chromium.downloads().resolve("sspr-attempts.csv");
        wait.until(page -> Files.exists(csv) && !Files.exists(chromium.downloads().resolve("sspr-attempts.csv.crdownload")));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains(",outcome,blocks,findings,retired_reasons,");
        assertThat(lines.get(1)).contains("miriam.graham@contoso.example", ",BLOCKED,SYNC_ERRORS,,SYNC_ERRORS,");

        chromium.browser().findElement(By.cssSelector("tr[data-reference-code] a")).click();
        wait.until(page -> !chromium.browser().findElements(By.cssSelector(".advice[data-reason=SYNC_ERRORS]")).isEmpty());
        assertThat(chromium.browser().findElement(By.cssSelector(".advice[data-reason=SYNC_ERRORS] .tag.retired")).getText())
                .isEqualTo("retired");
        PageChecks.assertGood(chromium.browser(), root, "an attempt's detail");

        new Select(chromium.browser().findElement(By.id("language-choice"))).selectByVisibleText("Deutsch");
        chromium.browser().findElement(By.cssSelector("form.language-switch button")).click();
        wait.until(page -> "de".equals(chromium.browser().findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(chromium.browser().findElement(By.cssSelector(".advice[data-reason=SYNC_ERRORS] h3")).getText())
                .startsWith(KeyTexts.shipped("rad_de", "title_$SYNC_ERRORS"));
        assertThat(chromium.browser().findElement(By.cssSelector(".advice a")).getAttribute("href")).contains("/de-de/");
        PageChecks.assertGood(chromium.browser(), root, "an attempt's detail in German");
    }

    @Test
    void showsAReadyAttemptsFindingsApartFromBlocks() {
        ConsoleSignIn.signInInBrowser(chromium.browser(), provider, root, "helpdesk.anna", List.of("SsprPreflight.Admin"));
        WebDriverWait wait = chromium.waitFor();

        chromium.browser().get(root.toString() + "admin/attempts?outcome=READY");
        chromium.browser().findElement(By.cssSelector("tr[data-reference-code] a")).click();
        wait.until(page -> !chromium.browser().findElements(By.cssSelector("section[data-tier=FINDING]")).isEmpty());

        assertThat(chromium.browser().findElements(By.cssSelector("section[data-tier=BLOCK]"))).isEmpty();
        assertThat(chromium.browser().findElement(By.cssSelector(".advice[data-reason=LICENSE_NOT_ASSIGNED] .tag.finding"))
                .getText()).isEqualTo("finding: admin only");
        PageChecks.assertGood(chromium.browser(), root, "a ready attempt's findings");
    }

    @Test
    void theFunnelAndAnAttemptsEntraEventsPassTheAccessibilityChecks() {
        Instant at = Instant.now().minus(Duration.ofHours(5));
        Attempt blocked = AttemptFixtures.insertOf("nestor.wilke@contoso.example", "u-nestor", Outcome.BLOCKED,
                List.of(Reason.METHODS_NOT_REGISTERED), at);
        AttemptFixtures.insertOf("megan.bowen@contoso.example", "u-megan", Outcome.READY, List.of(), at);
        String flow = "Self-service password reset flow activity progress";
        MemorySsprAuditStore store = new MemorySsprAuditStore();
        store.keep(List.of(
                new Event("e1", at.plus(Duration.ofMinutes(4)), flow, "success", "User submitted their user ID", "c1",
                        "u-nestor"),
                new Event("e2", at.plus(Duration.ofMinutes(6)), flow, "success", "User successfully reset password",
                        "c1", "u-nestor"),
                new Event("e3", at.plus(Duration.ofMinutes(3)), flow, "failure",
                        "User cancelled before passing the required authentication methods", "c2", "u-megan"),
                new Event("e4", at.plus(Duration.ofMinutes(5)), flow, "success", "A step nobody has seen yet", "c2",
                        "u-megan")));
        QuarkusMock.installMockForType(SsprAuditTrail.of(store), SsprAuditTrail.class);
        ConsoleSignIn.signInInBrowser(chromium.browser(), provider, root, "helpdesk.anna", List.of("SsprPreflight.Admin"));

        chromium.browser().findElement(By.linkText("Funnel")).click();
        chromium.waitFor().until(page -> chromium.browser().getCurrentUrl().endsWith("/admin/funnel"));

        assertThat(chromium.browser().findElement(By.cssSelector("dd[data-share=BLOCKED]")).getText())
                .isEqualTo("100% (1 of 1)");
        assertThat(chromium.browser().findElements(By.cssSelector("figure.funnel-chart g.bar"))).hasSize(10);
        PageChecks.assertGood(chromium.browser(), root, "the funnel");
        PageChecks.screenshot(chromium.browser(), "console-funnel");

        chromium.browser().get(root.toString() + "admin/attempts/" + blocked.referenceCode);
        assertThat(chromium.browser().findElements(By.cssSelector("table.entra-events tbody tr"))).hasSize(2);
        PageChecks.assertGood(chromium.browser(), root, "an attempt's detail with Entra's events afterwards");

        QuarkusMock.installMockForType(SsprAuditTrail.NOT_READ, SsprAuditTrail.class);
        chromium.browser().get(root.toString() + "admin/funnel?days=7");
        assertThat(chromium.browser().findElement(By.cssSelector("[data-entra-read=false]")).isDisplayed()).isTrue();
        PageChecks.assertGood(chromium.browser(), root, "the funnel while Entra's events are not read");
    }

    @Test
    void theHealthPageWithEveryGraphSectionPassesTheAccessibilityChecks() {
        Instant lastRead = Instant.now().minus(Duration.ofHours(2));
        String failure = "FORBIDDEN: GET directory audits page (403 Authorization_RequestDenied)";
        GraphSeen.install(new DirectoryStatus.Remote(Map.of(FailureKind.FORBIDDEN, 3L), 2, Optional.of(failure),
                Optional.of(Instant.now()), 12, Optional.of(Duration.ofMinutes(3)), Set.of("Directory.Read.All"),
                Optional.empty(), true, Optional.of(Instant.now().minus(Duration.ofMinutes(20))), 1, 1,
                SsprPolicy.defaults()),
                new DirectoryStatus.Confirmation(
                        Map.of("mirror", 30L, "registration-feed", 10L, "report-row", 8L, "live-look", 2L),
                        Map.of("live-look", 4L), 5, 2, true, true, 1,
                        new DirectoryStatus.Feed(true, false, Optional.of(lastRead.minus(Duration.ofDays(1))),
                                Optional.of(lastRead), 17, Optional.of(failure))));
        ConsoleSignIn.signInInBrowser(chromium.browser(), provider, root, "helpdesk.anna", List.of("SsprPreflight.Admin"));

        chromium.browser().findElement(By.linkText("Tenant health")).click();
        chromium.waitFor().until(page -> chromium.browser().getCurrentUrl().endsWith("/admin/health"));

        assertThat(chromium.browser().findElements(By.cssSelector("[data-section]"))).hasSize(10);
        assertThat(chromium.browser().findElement(By.cssSelector("[data-section=confirmation] .health-verdict"))
                .getAttribute("data-status")).isEqualTo("PROBLEM");
        PageChecks.assertGood(chromium.browser(), root, "the tenant health page with every Graph section");
        PageChecks.screenshot(chromium.browser(), "console-health");
    }
}
