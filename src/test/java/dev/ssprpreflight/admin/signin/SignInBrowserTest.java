package dev.ssprpreflight.admin.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.ssprpreflight.testsupport.BrowserSession;
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

    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession(new Dimension(390, 844));

    @Test
    void theSignInPageIsAccessibleBeforeAndAfterAWrongPassword() {
        WebDriverWait wait = chromium.waitFor();
        chromium.browser().get(root + "admin");
        wait.until(page -> chromium.browser().getCurrentUrl().startsWith(root + "admin/sign-in"));
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to the console");
        PageChecks.assertGood(chromium.browser(), root, "the sign-in page");

        chromium.browser().findElement(By.id("j_username")).sendKeys(DemoSignIn.USERNAME);
        chromium.browser().findElement(By.id("j_password")).sendKeys("guess");
        chromium.browser().findElement(By.cssSelector("form.sign-in button[type=submit]")).click();

        wait.until(page -> !chromium.browser().findElements(By.cssSelector(".error-summary")).isEmpty());
        assertThat(chromium.browser().findElement(By.cssSelector(".error-summary")).getText())
                .isEqualTo("The username or password is wrong.");
        PageChecks.assertGood(chromium.browser(), root, "the sign-in page after a wrong password");
    }
}
