package dev.ssprpreflight.journey;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.ssprpreflight.testsupport.BrowserSession;
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

    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession(new Dimension(1280, 900));

    @Test
    void theChallengePageIsAccessibleAndItsScriptSolvesItAndTheCheckGoesOn() {
        chromium.waitFor().until(ExpectedConditions.stalenessOf(check("adele.vance@contoso.example")));

        // Held still (the script blocked) so that axe sees the page a person sees while it works.
        chromium.browser().executeCdpCommand("Network.enable", Map.of());
        chromium.browser().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/js/challenge.js")));
        check("adele.vance@contoso.example");
        chromium.waitFor().until(page -> isChallenge());
        PageChecks.assertGood(chromium.browser(), root, "the challenge page");

        chromium.browser().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        directory.clear();
        check("adele.vance@contoso.example");

        chromium.waitFor().until(page -> chromium.browser().getCurrentUrl().startsWith(PORTAL));
        assertThat(directory.lookups()).as("the check ran after the solved challenge")
                .containsExactly("adele.vance@contoso.example");
    }

    private boolean isChallenge() {
        return !chromium.browser().findElements(By.cssSelector("form[data-challenge]")).isEmpty();
    }

    /** Submits the form; returns its field, which goes stale when the browser leaves the page. */
    private WebElement check(String username) {
        chromium.browser().get(root.toString());
        WebElement field = chromium.browser().findElement(By.id("username"));
        field.clear();
        field.sendKeys(username);
        chromium.browser().findElement(By.cssSelector("form.username-form button[type=submit]")).click();
        return field;
    }
}
