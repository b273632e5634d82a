package dev.ssprpreflight.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for all tests of a class: started before the first (skipping them when Chromium
 * is not installed), quit after the last. Register it as a static field:
 * {@code @RegisterExtension static final BrowserSession chromium = new BrowserSession(new Dimension(1280, 900));}
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private final Dimension window;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path downloads;

    public BrowserSession(Dimension window) {
        this.window = window;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.assumeInstalled();
        try {
            downloads = Files.createTempDirectory("downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser = Chromium.start(downloads, window);
        wait = Chromium.waitFor(browser);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
        }
    }

    public ChromeDriver browser() {
        return browser;
    }

    /** The tests' wait on this browser (see {@link Chromium#waitFor}). */
    public WebDriverWait waitFor() {
        return wait;
    }

    /** The browser's download folder, its own. */
    public Path downloads() {
        return downloads;
    }
}
