package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.ssprpreflight.testsupport.BrowserSession;
import dev.ssprpreflight.testsupport.Chromium;
import dev.ssprpreflight.testsupport.PageChecks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The "please wait" page (429) in Chromium: accessible, light and self-contained, on a phone too. */
@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession(new Dimension(390, 844));

    @Test
    void thePleaseWaitPageIsAccessibleLightAndSelfContained() {
        // The browser is one client (127.0.0.1); other tests of this profile may have used some of its allowance.
        for (long i = 0; i <= TrustedProxyProfile.PER_CLIENT && !isLimited(); i++) {
            chromium.browser().get(root.toString());
            WebElement field = chromium.browser().findElement(By.id("username"));
            field.sendKeys(Clients.username());
            chromium.browser().findElement(By.cssSelector("form.username-form button[type=submit]")).click();
            chromium.waitFor().until(ExpectedConditions.stalenessOf(field));
        }

        assertThat(isLimited()).as("the client's limit was reached").isTrue();
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Please wait a moment");
        PageChecks.assertGood(chromium.browser(), root, "the rate-limit page");
    }

    private boolean isLimited() {
        return !chromium.browser().findElements(By.cssSelector("[data-limited]")).isEmpty();
    }
}
