package dev.ssprpreflight.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * What every page must pass in a real browser: axe-core finds no serious or critical accessibility
 * violation, the page weighs at most {@value #MAX_BYTES} bytes transferred, and it loads nothing from
 * another origin. axe.min.js comes from Deque's Maven artifact {@code com.deque.html.axe-core:selenium}, a
 * test dependency like any other (pom.xml); nothing is downloaded while the tests run.
 */
public final class PageChecks {

    public static final int MAX_BYTES = 100 * 1024;

    /** Where Deque's artifact carries axe-core's script: the root of its jar. */
    private static final String AXE_RESOURCE = "axe.min.js";
    private static String axeSource;

    private PageChecks() {
    }

    /** Runs axe, the weight and the origin checks on the page the browser shows now. */
    public static void assertGood(WebDriver browser, URL root, String page) {
        assertThat(seriousAccessibilityViolations(browser)).as("serious or critical axe violations on %s", page)
                .isEmpty();
        assertLightAndSelfContained(browser, root, page);
    }

    /** axe-core's serious and critical violations, one line each: rule, impact, the elements. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousAccessibilityViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return new ArrayList<>((List<String>) result);
    }

    /**
     * At most {@value #MAX_BYTES} bytes transferred for the document and everything it loaded, all from {@code root}'s origin.
     */
    @SuppressWarnings("unchecked")
    public static void assertLightAndSelfContained(WebDriver browser, URL root, String page) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                  .map(e => ({ name: e.name, bytes: e.transferSize }));
                """);
        String origin = root.getProtocol() + "://" + root.getAuthority();
        long total = 0;
        for (Map<String, Object> entry : entries) {
            assertThat((String) entry.get("name")).as("%s loads only from its own origin", page).startsWith(origin);
            total += ((Number) entry.get("bytes")).longValue();
        }
        assertThat(entries).as("%s: the browser recorded its navigation", page).isNotEmpty();
        assertThat(total).as("bytes transferred for %s", page).isLessThanOrEqualTo(MAX_BYTES);
    }

    /**
     * Saves a screenshot of the whole page as {@code name}.png in target/screenshots, or in the folder named by the
     * system property {@code sspr.screenshots} (the README's pictures: {@code -Dsspr.screenshots=docs/screenshots}).
     */
    public static void screenshot(WebDriver browser, String name) {
        Path folder = Path.of(System.getProperty("sspr.screenshots", "target/screenshots"));
        Dimension window = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(window.width, (int) Math.min(height + 120, 3000)));
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = PageChecks.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE_RESOURCE + " is not on the test classpath: it comes from the"
                            + " test dependency com.deque.html.axe-core:selenium (pom.xml)");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
