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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.ssprpreflight.audit.AttemptFixtures;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.testsupport.Chromium;
import dev.ssprpreflight.testsupport.ConsoleSignIn;
import dev.ssprpreflight.testsupport.PageChecks;
import io.quarkus.test.common.http.TestHTTPResource;
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

    private ChromeDriver browser;
    private Path downloads;

    @BeforeAll
    void startBrowser() throws IOException {
        Chromium.assumeInstalled();
        downloads = Files.createTempDirectory("downloads");
        browser = Chromium.start(downloads, new Dimension(1280, 900));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void seedAndSignOut() {
        // Signed out of the app and the provider alike (both are on localhost: cookies ignore the port).
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        AttemptFixtures.clear();
        AttemptFixtures.insert("lee.gu@contoso.example", Outcome.BLOCKED, List.of(Reason.LICENSE_MISSING),
                Instant.now().minus(Duration.ofHours(2)));
        AttemptFixtures.insert("miriam.graham@contoso.example", Outcome.BLOCKED, List.of(Reason.SYNC_ERRORS),
                Instant.now().minus(Duration.ofHours(3)));
        AttemptFixtures.insert("adele.vance@contoso.example", Outcome.READY, List.of(),
                Instant.now().minus(Duration.ofHours(4)));
    }

    @Test
    void someoneWithoutTheAppRoleGetsAnAccessibleRefusal() {
        ConsoleSignIn.signInInBrowser(browser, provider, root, "someone.else", List.of("Other.Role"));
        WebDriverWait wait = Chromium.waitFor(browser);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("No access");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("SsprPreflight.Admin");
        PageChecks.assertGood(browser, root, "the console's refusal (403)");
    }

    @Test
    void signsInOpensTheDashboardFiltersAndDownloadsTheCsv() throws IOException {
        ConsoleSignIn.signInInBrowser(browser, provider, root, "helpdesk.anna", List.of("SsprPreflight.Admin"));
        WebDriverWait wait = Chromium.waitFor(browser);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("What blocks password reset");
        assertThat(browser.findElement(By.cssSelector("[data-outcome=BLOCKED] .count")).getText()).isEqualTo("2");
        assertThat(browser.findElements(By.cssSelector("svg[role=img] rect"))).hasSize(2);
        PageChecks.assertGood(browser, root, "the dashboard");
        PageChecks.screenshot(browser, "console-dashboard");

        browser.findElement(By.linkText("Attempts")).click();
        new Select(browser.findElement(By.id("reason"))).selectByValue("SYNC_ERRORS");
        browser.findElement(By.cssSelector("form.filter button[type=submit]")).click();
        wait.until(page -> browser.getCurrentUrl().contains("reason=SYNC_ERRORS"));
        assertThat(browser.findElements(By.cssSelector("tr[data-reference-code] td.username")))
                .extracting(element -> element.getText()).containsExactly("miriam.graham@contoso.example");
        PageChecks.assertGood(browser, root, "the attempt list");

        browser.findElement(By.cssSelector("a.export")).click();
        Path csv = downloads.resolve("sspr-attempts.csv");
        wait.until(page -> Files.exists(csv) && !Files.exists(downloads.resolve("sspr-attempts.csv.crdownload")));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("miriam.graham@contoso.example", "SYNC_ERRORS");

        browser.findElement(By.cssSelector("tr[data-reference-code] a")).click();
        wait.until(page -> !browser.findElements(By.cssSelector(".advice[data-reason=SYNC_ERRORS]")).isEmpty());
        PageChecks.assertGood(browser, root, "an attempt's detail");

        new Select(browser.findElement(By.id("language-choice"))).selectByVisibleText("Deutsch");
        browser.findElement(By.cssSelector("form.language-switch button")).click();
        wait.until(page -> "de".equals(browser.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.cssSelector(".advice[data-reason=SYNC_ERRORS] h3")).getText())
                .startsWith("Synchronisierungsfehler in Entra Connect");
        assertThat(browser.findElement(By.cssSelector(".advice a")).getAttribute("href")).contains("/de-de/");
        PageChecks.assertGood(browser, root, "an attempt's detail in German");
    }
}
