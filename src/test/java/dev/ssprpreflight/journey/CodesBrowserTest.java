package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import dev.ssprpreflight.testsupport.BrowserSession;
import dev.ssprpreflight.testsupport.Chromium;
import dev.ssprpreflight.testsupport.PageChecks;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The codes page as a person meets it in headless Chromium: reached from the journey's form, a code typed the
 * casual way and explained, the language switch, and every variant of the page through axe, the weight limit and
 * the no-external-requests rule in all twelve languages.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodesBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession(new Dimension(390, 844));

    @BeforeEach
    void freshStart() {
        Chromium.assumeInstalled();
        chromium.browser().manage().deleteAllCookies();
    }

    @Test
    void theFormLeadsToTheCodesPageWhereACasuallyTypedCodeIsExplained() {
        open("/");
        chromium.browser().findElement(By.cssSelector("a[href='/codes']")).click();
        chromium.waitFor().until(page -> chromium.browser().getCurrentUrl().endsWith("/codes"));

        WebElement field = chromium.browser().findElement(By.id("code"));
        field.sendKeys("sspr 14");
        chromium.browser().findElement(By.cssSelector("form.code-form button[type=submit]")).click();

        chromium.waitFor().until(page -> !chromium.browser().findElements(By.cssSelector("[data-reason]")).isEmpty());
        WebElement explanation = chromium.browser().findElement(By.cssSelector("[data-portal-code]"));
        assertThat(explanation.getAttribute("data-portal-code")).isEqualTo("SSPR_0014");
        assertThat(explanation.getAttribute("data-reason")).isEqualTo("METHODS_NOT_REGISTERED");
        assertThat(explanation.findElement(By.tagName("h2")).getText())
                .isEqualTo(JourneyBundles.text("rsn", "en", "title_$METHODS_NOT_REGISTERED"));
        assertThat(chromium.browser().findElement(By.id("code")).getAttribute("value")).isEqualTo("sspr 14");
        PageChecks.assertGood(chromium.browser(), root, "the codes page explaining sspr 14");
    }

    @Test
    void switchingTheLanguageKeepsTheCodeExplained() {
        open("/codes?code=SSPR_0012");
        new Select(chromium.browser().findElement(By.id("language-choice"))).selectByVisibleText("Svenska");
        chromium.browser().findElement(By.cssSelector("form.language-switch button")).click();

        chromium.waitFor().until(page -> "sv".equals(chromium.browser().findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(chromium.browser().findElement(By.cssSelector("[data-reason=LICENSE_MISSING] h2")).getText())
                .isEqualTo(JourneyBundles.text("rsn", "sv", "title_$LICENSE_MISSING"));
        assertThat(chromium.browser().findElement(By.cssSelector("[data-reason] a.doc-link")).getAttribute("href"))
                .contains("/sv-se/");
    }

    /** Each shape of the page: a reason's code with the line about administrators, a code of our own, unknown. */
    @ParameterizedTest
    @EnumSource(UiLanguage.class)
    void everyVariantOfThePagePassesAxeInEveryLanguage(UiLanguage language) {
        for (String code : new String[] { "SSPR_0009", "SSPR_0029", "SSPR_0099" }) {
            open("/codes?lang=" + language.code() + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
            assertThat(chromium.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language.code());
            assertThat(chromium.browser().findElements(By.cssSelector("[data-portal-code], [data-unknown-code]")))
                    .hasSize(1);
            PageChecks.assertGood(chromium.browser(), root, code + " in " + language);
        }
    }

    @Test
    void theRefusalOfWhatCannotBeACodeIsAnnouncedAndPassesAxe() {
        open("/codes?code=" + "x".repeat(41));

        WebElement summary = chromium.browser().findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        WebElement field = chromium.browser().findElement(By.id("code"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).contains("code-error");
        PageChecks.assertGood(chromium.browser(), root, "the codes page refusing its input");
    }

    private void open(String path) {
        chromium.browser().get(root + path.substring(1));
    }
}
