package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.directory.demo.ExpectedVerdict;
import dev.ssprpreflight.testsupport.BrowserSession;
import dev.ssprpreflight.testsupport.Chromium;
import dev.ssprpreflight.testsupport.PageChecks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The journey as a person meets it, in headless Chromium on a desktop and on a phone-sized window:
 * every demo user, wrong input, the language switch, the keyboard alone, and every page through axe,
 * the weight limit and the no-external-requests rule. The test profile shows full reasons.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyBrowserTest {

    private static final String PORTAL = "https://passwordreset.microsoftonline.com/";

    enum Window {
        DESKTOP(new Dimension(1280, 900)),
        PHONE(new Dimension(390, 844));

        final Dimension size;

        Window(Dimension size) {
            this.size = size;
        }
    }

    @TestHTTPResource("/")
    URL root;

    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession(Window.DESKTOP.size);

    @BeforeEach
    void freshStart() {
        Chromium.assumeInstalled();
        chromium.browser().manage().deleteAllCookies();
    }

    /** Findings are for the admins: no journey page may name one. */
    private static final List<String> FINDING_CODES = Arrays.stream(Reason.values()).filter(reason -> !reason.blocks())
            .map(Reason::name).toList();

    /** Every user of the demo tenant with the verdict tenant.yaml says they must get, on both windows. */
    static Stream<Arguments> demoUsers() throws IOException {
        List<Arguments> users = new ArrayList<>();
        try (InputStream in = JourneyBrowserTest.class.getClassLoader().getResourceAsStream("demo/tenant.yaml")) {
            JsonNode tenant = new ObjectMapper(new YAMLFactory()).readTree(in);
            for (Window window : Window.values()) {
                for (JsonNode user : tenant.get("users")) {
                    users.add(Arguments.of(user.get("upn").asText(), ExpectedVerdict.parse(user.get("expect").asText()),
                            window));
                }
            }
        }
        return users.stream();
    }

    @ParameterizedTest(name = "{0} on {2}")
    @MethodSource("demoUsers")
    void everyDemoUserGetsTheirVerdictAndNeverSeesAFinding(String upn, ExpectedVerdict expected, Window window) {
        open("/", window);
        submit(upn);

        if (expected.outcome() == Outcome.BLOCKED) {
            chromium.waitFor().until(page -> !chromium.browser().findElements(By.cssSelector(".reference-code")).isEmpty());
            assertThat(chromium.browser().findElements(By.cssSelector("[data-reason]")))
                    .extracting(element -> element.getAttribute("data-reason"))
                    .containsExactlyElementsOf(expected.blocks().stream().map(Reason::name).toList());
            assertThat(chromium.browser().getPageSource()).doesNotContain(FINDING_CODES);
            assertThat(chromium.browser().findElement(By.cssSelector(".reference-code")).getText())
                    .matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
            assertFitsTheWindow();
        } else {
            chromium.waitFor().until(page -> chromium.browser().getCurrentUrl().startsWith(PORTAL));
            assertThat(chromium.browser().getCurrentUrl()).startsWith(PORTAL + "?username=").endsWith("&mkt=en-us");
        }
    }

    /**
     * The blocks of the rules that issue 12 changed, each on the page a person meets: accessible, light and
     * self-contained like every other, with no finding beside the block.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "lidia.holloway@contoso.example, ONPREM_PROTECTED_ACCOUNT",
            "ivy.chen@litware.example, METHODS_NOT_REGISTERED",
            "dana.bell@woodgrove.example, LICENSE_MISSING",
            "alex.wilber@contoso.example, ADMIN_NEEDS_TWO_METHODS",
    })
    void theNewBlocksAreExplainedOnAGoodPage(String upn, Reason block) {
        open("/", Window.PHONE);
        submit(upn);

        chromium.waitFor().until(page -> !chromium.browser().findElements(By.cssSelector(".reference-code")).isEmpty());
        assertThat(chromium.browser().findElements(By.cssSelector("[data-reason]")))
                .extracting(element -> element.getAttribute("data-reason")).containsExactly(block.name());
        assertThat(chromium.browser().findElement(By.cssSelector("[data-reason] h2")).getText()).isNotBlank();
        assertThat(chromium.browser().getPageSource()).doesNotContain(FINDING_CODES);
        PageChecks.assertGood(chromium.browser(), root, "the explanation of " + block);
    }

    /**
     * The users whose story changed from a block to READY: a synced Helpdesk Administrator, an internal guest, an
     * admin outside the SSPR group, and users with findings only. They go on to Microsoft's portal.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "isaiah.langer@contoso.example",
            "zrinka.makovac@contoso.example",
            "rafael.ortiz@litware.example",
            "lee.gu@contoso.example",
            "miriam.graham@contoso.example",
            "debra.berger@contoso.example",
            "hana.sato@proseware.example",
    })
    void theUsersNoLongerFalselyBlockedGoToThePortal(String upn) {
        open("/", Window.DESKTOP);
        submit(upn);

        chromium.waitFor().until(page -> chromium.browser().getCurrentUrl().startsWith(PORTAL));
        assertThat(chromium.browser().getCurrentUrl())
                .isEqualTo(PORTAL + "?username=" + URLEncoder.encode(upn, StandardCharsets.UTF_8) + "&mkt=en-us");
    }

    @ParameterizedTest
    @EnumSource(Window.class)
    void wrongInputIsAnnouncedAndTiedToTheField(Window window) {
        open("/", window);
        submit("not a username");

        chromium.waitFor().until(page -> !chromium.browser().findElements(By.cssSelector(".error-summary")).isEmpty());
        WebElement summary = chromium.browser().findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        WebElement field = chromium.browser().findElement(By.id("username"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).contains("username-error");
        assertThat(chromium.browser().findElement(By.id("username-error")).getText())
                .isEqualTo("Enter your username in the form name@organisation.com.");
        assertThat(field.getAttribute("value")).isEqualTo("not a username");
        assertThat(chromium.browser().switchTo().activeElement()).isEqualTo(field);
        assertFitsTheWindow();
        PageChecks.assertGood(chromium.browser(), root, "the form with an error on " + window);
    }

    @Test
    void theLanguageSwitchWorksWithoutJavaScriptAndIsRemembered() {
        open("/", Window.PHONE);
        new Select(chromium.browser().findElement(By.id("language-choice"))).selectByVisibleText("Svenska");
        chromium.browser().findElement(By.cssSelector("form.language-switch button")).click();

        chromium.waitFor().until(page -> "sv".equals(chromium.browser().findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Glömt ditt lösenord?");
        PageChecks.assertGood(chromium.browser(), root, "the Swedish form");

        submit("allan.deyoung@contoso.example");
        chromium.waitFor().until(page -> !chromium.browser().findElements(By.cssSelector(".reference-code")).isEmpty());
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText())
                .isEqualTo("Lösenordsåterställning fungerar inte för dig ännu");
        assertThat(chromium.browser().findElements(By.cssSelector("[data-reason] a.doc-link[href*='learn.microsoft.com']")))
                .isNotEmpty().allSatisfy(link -> assertThat(link.getAttribute("href")).contains("/sv-se/"));
        PageChecks.assertGood(chromium.browser(), root, "the Swedish explanation page");
        PageChecks.screenshot(chromium.browser(), "journey-blocked-sv-phone");

        new Select(chromium.browser().findElement(By.id("language-choice"))).selectByVisibleText("日本語");
        chromium.browser().findElement(By.cssSelector("form.language-switch button")).click();
        chromium.waitFor().until(page -> "ja".equals(chromium.browser().findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("パスワードをお忘れですか？");
    }

    @Test
    void aPersonCanGoThroughWithTheKeyboardAloneAndAlwaysSeesWhereTheyAre() {
        open("/", Window.DESKTOP);
        Map<String, String> skipLink = tabAndDescribeFocus();
        assertThat(skipLink.get("class")).isEqualTo("skip-link");
        assertVisibleFocus(skipLink);

        Map<String, String> focused = skipLink;
        for (int tab = 0; tab < 10 && !"username".equals(focused.get("id")); tab++) {
            focused = tabAndDescribeFocus();
            assertVisibleFocus(focused);
        }
        assertThat(focused.get("id")).as("the username field is reachable with Tab").isEqualTo("username");
        chromium.browser().switchTo().activeElement().sendKeys("allan.deyoung@contoso.example");
        Map<String, String> button = tabAndDescribeFocus();
        assertThat(button.get("tag")).isEqualTo("button");
        assertVisibleFocus(button);
        chromium.browser().switchTo().activeElement().sendKeys(Keys.ENTER);

        chromium.waitFor().until(page -> chromium.browser().findElements(By.cssSelector("[data-reason]")).size() == 3);
        Map<String, String> first = tabAndDescribeFocus();
        assertVisibleFocus(first);
    }

    @Test
    void everyJourneyPageIsAccessibleLightAndSelfContained() {
        for (Window window : Window.values()) {
            open("/", window);
            PageChecks.assertGood(chromium.browser(), root, "the form on " + window);
            if (window == Window.DESKTOP) {
                chromium.browser().findElement(By.id("username")).sendKeys("adele.vance@contoso.example");
                PageChecks.screenshot(chromium.browser(), "journey-form-ready-user");
                chromium.browser().findElement(By.id("username")).clear();
            }
            submit("allan.deyoung@contoso.example");
            chromium.waitFor().until(page -> !chromium.browser().findElements(By.cssSelector(".reference-code")).isEmpty());
            PageChecks.assertGood(chromium.browser(), root, "the explanation page on " + window);
            if (window == Window.DESKTOP) {
                PageChecks.screenshot(chromium.browser(), "journey-blocked-three-reasons");
            }
            open("/no-such-page", window);
            assertThat(chromium.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
            PageChecks.assertGood(chromium.browser(), root, "the not-found page on " + window);
        }
    }

    @Test
    void theAccessibilityScanReallyFindsProblems() {
        chromium.browser().get("data:text/html,<html><body><input type=text><img src=x.png></body></html>");

        assertThat(PageChecks.seriousAccessibilityViolations(chromium.browser()))
                .anySatisfy(v -> assertThat(v).startsWith("label"))
                .anySatisfy(v -> assertThat(v).startsWith("image-alt"));
    }

    private void open(String path, Window window) {
        chromium.browser().manage().window().setSize(window.size);
        chromium.browser().get(root + path.substring(1));
    }

    private void submit(String username) {
        WebElement field = chromium.browser().findElement(By.id("username"));
        field.clear();
        field.sendKeys(username);
        chromium.browser().findElement(By.cssSelector("form.username-form button[type=submit]")).click();
    }

    private void assertFitsTheWindow() {
        Long overflow = (Long) ((JavascriptExecutor) chromium.browser()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0L);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> tabAndDescribeFocus() {
        chromium.browser().switchTo().activeElement().sendKeys(Keys.TAB);
        return (Map<String, String>) ((JavascriptExecutor) chromium.browser()).executeScript("""
                const e = document.activeElement, s = getComputedStyle(e);
                return { tag: e.tagName.toLowerCase(), id: e.id, class: e.className,
                         outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, boxShadow: s.boxShadow };
                """);
    }

    private static void assertVisibleFocus(Map<String, String> focused) {
        boolean outlined = !"none".equals(focused.get("outlineStyle"))
                && Double.parseDouble(focused.get("outlineWidth").replace("px", "")) >= 2;
        assertThat(outlined).as("visible focus on %s", focused).isTrue();
    }
}
