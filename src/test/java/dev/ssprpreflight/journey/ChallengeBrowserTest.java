package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.ssprpreflight.testsupport.Chromium;
import dev.ssprpreflight.testsupport.DirectoryRequests;
import dev.ssprpreflight.testsupport.PageChecks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The challenge page in Chromium: accessible, light and self-contained, and its static script
 * (/js/challenge.js) really solves the proof of work and sends the check on. The browser is one
 * client (127.0.0.1, no forwarded address), so after its first check every check is challenged.
 */
@QuarkusTest
@TestProfile(ChallengeProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChallengeBrowserTest {

    private static final String PORTAL = "https://passwordreset.microsoftonline.com/";

    @TestHTTPResource("/")
    URL root;

    @Inject
    DirectoryRequests directory;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() throws IOException {
        Chromium.assumeInstalled();
        browser = Chromium.start(new Dimension(1280, 900));
        wait = Chromium.waitFor(browser);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theChallengePageIsAccessibleAndItsScriptSolvesItAndTheCheckGoesOn() {
        wait.until(ExpectedConditions.stalenessOf(check("adele.vance@contoso.example")));

        // Held still (the script blocked) so that axe sees the page a person sees while it works.
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/js/challenge.js")));
        check("adele.vance@contoso.example");
        wait.until(page -> isChallenge());
        PageChecks.assertGood(browser, root, "the challenge page");

        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        directory.clear();
        check("adele.vance@contoso.example");

        wait.until(page -> browser.getCurrentUrl().startsWith(PORTAL));
        assertThat(directory.lookups()).as("the check ran after the solved challenge")
                .containsExactly("adele.vance@contoso.example");
    }

    private boolean isChallenge() {
        return !browser.findElements(By.cssSelector("form[data-challenge]")).isEmpty();
    }

    /** Submits the form; returns its field, which goes stale when the browser leaves the page. */
    private WebElement check(String username) {
        browser.get(root.toString());
        WebElement field = browser.findElement(By.id("username"));
        field.clear();
        field.sendKeys(username);
        browser.findElement(By.cssSelector("form.username-form button[type=submit]")).click();
        return field;
    }
}
