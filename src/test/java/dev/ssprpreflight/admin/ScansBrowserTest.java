package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.ScanStore;
import dev.ssprpreflight.testsupport.BrowserSession;
import dev.ssprpreflight.testsupport.ConsoleSignIn;
import dev.ssprpreflight.testsupport.PageChecks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * An admin in a real browser starts a readiness scan, watches its progress bar move without the page
 * reloading, sees the page turn into the result, filters it; on a phone's width too, with users who have
 * findings only and a retired code of an old scan. The demo listing
 * pauses before each of its three pages, so that the scan runs long enough to be watched.
 */
@QuarkusTest
@TestProfile(ScansBrowserTest.SlowDemoListing.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScansBrowserTest {

    /** Two seconds before each page of ten users: the 29 demo users take about six seconds. */
    public static class SlowDemoListing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sspr.demo.scan-page-pause", "PT2S");
        }
    }

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL root;

    @Inject
    ScanStore store;

    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession(new Dimension(1280, 900));

    @Test
    void startsAScanWatchesItsProgressAndFiltersTheResult() {
        new ScanFixtures(store).stopRunning();
        WebDriverWait wait = signIn();

        chromium.browser().findElement(By.linkText("Readiness scans")).click();
        wait.until(page -> chromium.browser().getCurrentUrl().endsWith("/admin/scans"));
        PageChecks.assertGood(chromium.browser(), root, "the readiness scans page");

        chromium.browser().findElement(By.id("scope-tenant")).click();
        chromium.browser().findElement(By.cssSelector("form.scan-start button[type=submit]")).click();
        wait.until(page -> chromium.browser().getCurrentUrl().matches(".*/admin/scans/\\d+$"));

        // Running: the bar and its text; the script moves them without reloading the page.
        assertThat(status()).isEqualTo("RUNNING");
        assertThat(chromium.browser().findElement(By.tagName("progress")).isDisplayed()).isTrue();
        PageChecks.assertGood(chromium.browser(), root, "a running scan");
        ((JavascriptExecutor) chromium.browser()).executeScript("window.sameDocument = true;");
        wait.until(page -> !chromium.browser().findElement(By.cssSelector("[data-field=count]")).getText().startsWith("0 of"));
        assertThat(((JavascriptExecutor) chromium.browser()).executeScript("return window.sameDocument === true;"))
                .as("the progress moved without a reload").isEqualTo(true);
        assertThat(chromium.browser().findElement(By.cssSelector("[data-field=count]")).getText())
                .matches("\\d+ of " + DemoScanExpectations.load().users() + " users scanned");

        // Finished: the script reloads the page, which now shows the result.
        wait.until(page -> "COMPLETE".equals(status()));
        assertThat(chromium.browser().findElements(By.tagName("progress"))).isEmpty();
        assertThat(chromium.browser().findElements(By.cssSelector("tr[data-reason]"))).isNotEmpty();
        PageChecks.assertGood(chromium.browser(), root, "a complete scan");
        PageChecks.screenshot(chromium.browser(), "console-scan");

        new Select(chromium.browser().findElement(By.id("reason"))).selectByValue("WRITEBACK_NOT_ENABLED");
        chromium.browser().findElement(By.cssSelector("form.filter button[type=submit]")).click();
        wait.until(page -> chromium.browser().getCurrentUrl().contains("reason=WRITEBACK_NOT_ENABLED"));
        assertThat(chromium.browser().findElements(By.cssSelector("tr[data-upn]")))
                .extracting(row -> row.getAttribute("data-upn"))
                .containsExactlyInAnyOrder("kim.akers@fabrikam.example", "ben.walters@fabrikam.example",
                        "rob.young@fabrikam.example");
        PageChecks.assertGood(chromium.browser(), root, "a complete scan, filtered");

        chromium.browser().findElement(By.linkText("Back to the scans")).click();
        wait.until(page -> chromium.browser().getCurrentUrl().endsWith("/admin/scans"));
        assertThat(chromium.browser().findElements(By.cssSelector("svg[role=img] g.bar"))).isNotEmpty();
        PageChecks.assertGood(chromium.browser(), root, "the readiness scans page with a trend");
    }

    @Test
    void theRefusalsAndAFailedScanAreAccessibleAndFitAPhone() {
        ScanFixtures fixtures = new ScanFixtures(store);
        fixtures.stopRunning();
        WebDriverWait wait = signIn();
        chromium.browser().manage().window().setSize(new Dimension(390, 844));
        try {
            chromium.browser().get(root + "admin/scans");
            chromium.browser().findElement(By.id("scope-group")).click();
            chromium.browser().findElement(By.id("group")).sendKeys("Project Falcon");
            chromium.browser().findElement(By.cssSelector("form.scan-start button[type=submit]")).click();
            wait.until(page -> !chromium.browser().findElements(By.cssSelector("form.group-choice")).isEmpty());
            assertThat(chromium.browser().findElements(By.cssSelector("input[name=groupId]"))).hasSize(2);
            PageChecks.assertGood(chromium.browser(), root, "the choice between groups that share a name");
            assertFitsTheWidth("the choice between groups");

            ScanRecord running = fixtures.running(ScanScope.wholeTenant(), 29);
            fixtures.page(running, 10, 1, 4, List.of());
            chromium.browser().get(root + "admin/scans");
            PageChecks.assertGood(chromium.browser(), root, "the readiness scans page while one runs");
            assertFitsTheWidth("the readiness scans page");
            chromium.browser().get(root + "admin/scans/" + running.id());
            assertThat(chromium.browser().findElement(By.cssSelector("[data-field=count]")).getText())
                    .isEqualTo("10 of 29 users scanned");
            assertFitsTheWidth("a running scan");

            fixtures.fail(running, "Graph answered 503 on GET /users");
            // The script sees the scan finished and reloads: the failure shows without anyone reloading.
            wait.until(page -> "FAILED".equals(status()));
            assertThat(chromium.browser().findElement(By.cssSelector(".scan-failed")).getText()).contains("no result");
            PageChecks.assertGood(chromium.browser(), root, "a failed scan");
            assertFitsTheWidth("a failed scan");

            ScanRecord complete = fixtures.complete(List.of(
                    ScanFixtures.user("a.very.long.user.principal.name.that.does.not.wrap@contoso.example", "Long Name",
                            Reason.LICENSE_MISSING, Reason.LICENSE_NOT_ASSIGNED),
                    ScanFixtures.user("old.admin@contoso.example", "Old Admin", Reason.ADMIN_WRITEBACK_UNSUPPORTED),
                    ScanFixtures.user("another.very.long.user.principal.name.with.a.finding@contoso.example",
                            "Finding Only", Reason.PROVISIONING_ERRORS, Reason.SYNC_LATE)));
            chromium.browser().get(root + "admin/scans/" + complete.id());
            PageChecks.assertGood(chromium.browser(), root, "a complete scan on a phone");
            assertFitsTheWidth("a complete scan");
            assertThat(chromium.browser().findElement(By.cssSelector("tr[data-upn='old.admin@contoso.example'] .retired"))
                    .getText()).isEqualTo("(retired)");

            chromium.browser().findElement(By.cssSelector("nav.list-switch a")).click();
            wait.until(page -> chromium.browser().getCurrentUrl().contains("list=findings"));
            assertThat(chromium.browser().findElements(By.cssSelector("tr[data-upn]")))
                    .extracting(row -> row.getAttribute("data-upn"))
                    .containsExactly("another.very.long.user.principal.name.with.a.finding@contoso.example");
            PageChecks.assertGood(chromium.browser(), root, "the users with findings only, on a phone");
            assertFitsTheWidth("the users with findings only");
        } finally {
            chromium.browser().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** Signed out first (the app and the provider are both on localhost: cookies ignore the port), then in. */
    private WebDriverWait signIn() {
        chromium.browser().get(root.toString());
        chromium.browser().manage().deleteAllCookies();
        ConsoleSignIn.signInInBrowser(chromium.browser(), provider, root, "helpdesk.anna", List.of("SsprPreflight.Admin"));
        return chromium.waitFor();
    }

    private String status() {
        return chromium.browser().findElement(By.cssSelector("dd[data-status]")).getAttribute("data-status");
    }

    /** Nothing sticks out sideways: the page scrolls only downwards (wide tables scroll in their own box). */
    private void assertFitsTheWidth(String page) {
        Object overflow = ((JavascriptExecutor) chromium.browser())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).longValue()).as("%s is wider than the 390 px screen", page).isLessThanOrEqualTo(0);
    }
}
