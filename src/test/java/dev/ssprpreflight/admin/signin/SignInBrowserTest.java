package dev.ssprpreflight.admin.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.ssprpreflight.testsupport.Chromium;
import dev.ssprpreflight.testsupport.PageChecks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The demo sign-in page in Chromium, empty and after a wrong password: accessible, light, self-contained. */
@QuarkusTest
@TestProfile(DemoSignInFlowTest.DemoSignInProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;

    @BeforeAll
    void startBrowser() throws IOException {
        Chromium.assumeInstalled();
        browser = Chromium.start(new Dimension(390, 844));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSignInPageIsAccessibleBeforeAndAfterAWrongPassword() {
        WebDriverWait wait = Chromium.waitFor(browser);
        browser.get(root + "admin");
        wait.until(page -> browser.getCurrentUrl().startsWith(root + "admin/sign-in"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to the console");
        PageChecks.assertGood(browser, root, "the sign-in page");

        browser.findElement(By.id("j_username")).sendKeys(DemoSignIn.USERNAME);
        browser.findElement(By.id("j_password")).sendKeys("guess");
        browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();

        wait.until(page -> !browser.findElements(By.cssSelector(".error-summary")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .isEqualTo("The username or password is wrong.");
        PageChecks.assertGood(browser, root, "the sign-in page after a wrong password");
    }
}
